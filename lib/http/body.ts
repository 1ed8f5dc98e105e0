// Reads a JSON request body without ever holding more than a small, known number of bytes: the
// declared Content-Length is checked first, and a chunked body is read only until it passes the limit.
import { AppError } from "@/lib/errors";

/** Enough for any form in the app (a full rationale in multi-byte script is ~15 KB); far below harm. */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024;

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

const tooLarge = (maxBytes: number) =>
  new AppError("TOO_LARGE", "errors.tooLarge", { params: { kb: Math.floor(maxBytes / 1024) } });

/** The body as parsed JSON; refuses non-JSON media types (415), bodies over `maxBytes` (413), invalid UTF-8 or JSON (400). */
export async function readJsonBody(req: Request, maxBytes = DEFAULT_MAX_JSON_BYTES): Promise<unknown> {
  if (!JSON_MEDIA_TYPE.test((req.headers.get("content-type") ?? "").trim())) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "errors.unsupportedMediaType");
  }
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readAtMost(req, maxBytes);
  try {
    // fatal: invalid UTF-8 is refused rather than stored with replacement characters.
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("INVALID", "errors.invalidJson");
  }
}

async function readAtMost(req: Request, maxBytes: number): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading: the rest of the upload is never buffered.
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
