// Keyset pagination over (createdAt desc, id desc): a page costs the same wherever it is in the list.
import { ZId } from "@/lib/http/text";

export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
}

/** Returns null for anything malformed, so a tampered URL shows the first page instead of failing. */
export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  // The id goes into a query: one that no record can have (a NUL byte would fail in PostgreSQL) is malformed.
  if (!id || !ZId.safeParse(id).success || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}
