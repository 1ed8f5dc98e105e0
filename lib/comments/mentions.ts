// @mentions in comment bodies. The autocomplete inserts a token `@[Name](userId)`; the server reads
// the ids back out (parseMentions), checks them against the workspace's active members and stores them
// on the comment. Pure text logic, client-safe: the comment box and the server share it.

/** `@[Name](userId)`: the name as shown when it was inserted, then the user's id. */
const MENTION = /@\[([^[\]\n]{1,120})\]\(([A-Za-z0-9_-]{1,64})\)/g;

/** The token the autocomplete inserts for a member. Brackets and line breaks in a name would break it. */
export function mentionToken(name: string, userId: string): string {
  const label =
    name
      .replace(/[[\]\s]+/g, " ")
      .trim()
      .slice(0, 120) || "?";
  return `@[${label}](${userId})`;
}

/** The distinct user ids mentioned in a body, in order of first mention. */
export function parseMentions(body: string): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(MENTION)) ids.add(m[2]);
  return [...ids];
}

export type CommentSegment = { type: "text"; text: string } | { type: "mention"; userId: string; label: string };

/**
 * Splits a body into text and mentions for display. Only ids in `mentions` (the ones the server
 * accepted) become mentions; any other token stays literal text. `names` (user id → current name)
 * relabels a mention with the member's current name; otherwise the name in the token is shown.
 */
export function commentSegments(
  body: string,
  mentions: readonly string[],
  names: Readonly<Record<string, string>> = {},
): CommentSegment[] {
  const accepted = new Set(mentions);
  const out: CommentSegment[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const prev = out.at(-1);
    if (prev?.type === "text") prev.text += text;
    else out.push({ type: "text", text });
  };
  for (const m of body.matchAll(MENTION)) {
    const [token, label, userId] = m;
    pushText(body.slice(last, m.index));
    if (accepted.has(userId)) out.push({ type: "mention", userId, label: names[userId] ?? label });
    else pushText(token);
    last = m.index + token.length;
  }
  pushText(body.slice(last));
  return out;
}
