// A search snippet with its matches in <mark>; the text is rendered as text, never as HTML.
import { snippetParts } from "@/lib/search/snippet";

export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-gray-950">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
