// Highlighted snippets: ts_headline (lib/search/search.ts) marks matches with two control characters,
// which cannot occur in stored text (lib/http/text.ts refuses them), and the page renders the parts as
// text and <mark>, so a snippet can never inject markup.

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

/** Splits a snippet into plain and highlighted parts. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, chunk] of snippet.split(HIGHLIGHT_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const end = chunk.indexOf(HIGHLIGHT_END);
    if (end < 0) parts.push({ text: chunk, match: true });
    else {
      parts.push({ text: chunk.slice(0, end), match: true });
      if (end + 1 < chunk.length) parts.push({ text: chunk.slice(end + 1), match: false });
    }
  }
  return parts;
}
