import { describe, expect, it } from "vitest";
import { normaliseArticleText, reduceHtml, textForHash, uploadKind } from "@/lib/articles/intake-text";

describe("reducing an uploaded HTML file to article text", () => {
  it("keeps one paragraph per block and flattens nested inline markup", () => {
    const html = `<!doctype html><html><head><title>Troops  sent</title></head><body>
      <div><p>SEOUL - North <b>Korea <i>said</i></b> on <a href="#">Monday</a> it sent troops.</p>
      <div><p>It was the first   confirmation.</p><ul><li>One</li><li>Two <span>items</span></li></ul></div></div>
      </body></html>`;
    expect(reduceHtml(html)).toEqual({
      title: "Troops sent",
      text: "SEOUL - North Korea said on Monday it sent troops.\n\nIt was the first confirmation.\n\nOne\n\nTwo items",
    });
  });

  it("decodes entities, named and numeric", () => {
    expect(reduceHtml("<p>AT&amp;T &ldquo;said&rdquo; 14&#x202F;000 &lt;troops&gt; &#8212; caf&eacute;</p>").text).toBe(
      "AT&T \u201Csaid\u201D 14\u202F000 <troops> \u2014 caf\u00E9",
    );
  });

  it("drops scripts, styles, navigation, forms and comments, even with text that looks like markup", () => {
    const html = `<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
      <script>document.write("<p>injected</p>")</script><style>p { color: red }</style>
      <noscript>Enable JavaScript</noscript><!-- a comment -->
      <p>Kyiv denied the report.</p><form><button>Subscribe</button></form><footer>© Wire</footer></body>`;
    expect(reduceHtml(html).text).toBe("Kyiv denied the report.");
  });

  it("reads only the <article> when the page has one, and breaks paragraphs at <br>", () => {
    const html = `<body><header><h1>Site name</h1></header><article><h1>Headline</h1><p>Line one<br>Line two</p></article>
      <p>Related stories</p></body>`;
    expect(reduceHtml(html)).toEqual({ title: "Headline", text: "Headline\n\nLine one\n\nLine two" });
  });

  it("keeps the lines of <pre> and tolerates broken markup", () => {
    expect(reduceHtml("<pre>a  b\nc</pre>").text).toBe("a  b\n\nc");
    expect(reduceHtml("<p>unclosed <b>bold<p>next").text).toBe("unclosed bold\n\nnext");
  });
});

describe("the stored body", () => {
  it("uses \\n line breaks, no trailing spaces, at most one blank line, nothing around it", () => {
    expect(normaliseArticleText("\r\n\r\n First. \r\nSecond.\t\r\n\r\n\r\n\r\nThird.  \n\n")).toBe(
      "First.\nSecond.\n\nThird.",
    );
  });
});

describe("text compared for duplicates", () => {
  it("treats any whitespace run as one space and ignores the ends", () => {
    expect(textForHash("  A  b\n\nc\u00A0d ")).toBe("A b c d");
  });
  it("compares composed and decomposed accents as the same text", () => {
    expect(textForHash("cafe\u0301")).toBe(textForHash("caf\u00E9"));
  });
});

describe("upload types", () => {
  it("reads .txt and .md as text, .html and .htm as HTML, nothing else", () => {
    expect(uploadKind("story.TXT")).toBe("text");
    expect(uploadKind("story.md")).toBe("text");
    expect(uploadKind("story.html")).toBe("html");
    expect(uploadKind("story.htm")).toBe("html");
    expect(uploadKind("story.pdf")).toBeNull();
  });
});
