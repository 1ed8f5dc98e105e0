// Article text as it comes in: pasted, or uploaded as .txt, .md or .html. Client-safe and pure (the
// add-article form reduces an uploaded file in the browser so the editor sees, and can correct, the
// text that will be stored; the server stores what it is sent after normaliseArticleText).
//
// HTML is reduced with a real parser (parse5, the WHATWG algorithm browsers use), never regular
// expressions: entities decoded, scripts, styles and navigation dropped, one paragraph per block.
import { parse } from "parse5";

/** Upload types the form accepts, by file name ending. */
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
export type UploadKind = "text" | "html";

/** Elements whose content is never article text. */
const DROPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "textarea",
  "iframe",
  "svg",
  "math",
  "canvas",
  "object",
  "video",
  "audio",
]);

/** Elements that start and end a paragraph (anything else is inline and flows into its neighbours). */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Node[];
  content?: Node;
};

/** The reduced text of an HTML document and its title (<title>, else the first <h1>), if any. */
export type ReducedHtml = { text: string; title: string | null };

/** HTML's own whitespace (not &nbsp; or other Unicode spaces, which are text). */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ");

/**
 * The readable text of an HTML document: the first <article> (else <main>, else <body>), with
 * scripts, styles, navigation, forms and asides dropped, one paragraph per block element, inline
 * markup flattened, whitespace collapsed (kept inside <pre>), paragraphs separated by a blank line.
 */
export function reduceHtml(html: string): ReducedHtml {
  const doc = parse(html) as unknown as Node;
  const root = findFirst(doc, "article") ?? findFirst(doc, "main") ?? findFirst(doc, "body") ?? doc;

  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, "");
    if (p !== "") paragraphs.push(p);
    current = "";
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeName === "#text") {
      const v = node.value ?? "";
      if (pre) {
        // Inside <pre> each line is its own paragraph, its spacing kept.
        const lines = v.split(/\r\n|\r|\n/);
        lines.forEach((line, i) => {
          if (i > 0) flush();
          current += line;
        });
      } else {
        current += collapse(v);
      }
      return;
    }
    if (node.nodeName.startsWith("#") && node.nodeName !== "#document" && node.nodeName !== "#document-fragment")
      return; // comments, doctype
    const tag = node.tagName ?? "";
    if (DROPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes ?? []) walk(child, pre || tag === "pre");
    if (block) flush();
  };
  walk(root, false);
  flush();

  const titleNode = findFirst(doc, "title") ?? findFirst(root, "h1");
  const title = titleNode ? collapse(textOf(titleNode)).trim() : "";
  return { text: paragraphs.join("\n\n"), title: title || null };
}

function findFirst(node: Node, tag: string): Node | null {
  if (node.tagName === tag) return node;
  for (const child of node.childNodes ?? []) {
    const found = findFirst(child, tag);
    if (found) return found;
  }
  return null;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

/** How an uploaded file is read, by its name; null for a type the form does not take. */
export function uploadKind(fileName: string): UploadKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".html") || name.endsWith(".htm")) return "html";
  if (name.endsWith(".txt") || name.endsWith(".md")) return "text";
  return null;
}

/**
 * The body as stored: line breaks as "\n", no trailing spaces on a line, no more than one blank line
 * between paragraphs, no whitespace at either end. Offsets of claims and suggestions refer to this.
 */
export function normaliseArticleText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+$/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text a duplicate check compares: Unicode NFC, every whitespace run one space, trimmed. */
export function textForHash(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}
