// From a format's async iterable to a web ReadableStream a route handler can return as a Response body.
// The stream pulls: the source is read only when the reader asks for more (so a database cursor is
// never drained ahead of a slow client), and cancelling the stream (the client went away) calls the
// source iterator's return(), which runs the source's `finally` and so closes its cursor.

export type Chunk = string | Uint8Array;

export type StreamOptions = {
  /**
   * Small pieces (one CSV row each) are gathered into chunks of about this many bytes before they are
   * handed on, so a large export is not tens of thousands of tiny writes. The read-ahead is bounded
   * by this size: one chunk is assembled per pull and none before.
   */
  chunkBytes?: number;
  /** Aborting it (e.g. the request's signal) closes the source as a cancel would. */
  signal?: AbortSignal;
};

const DEFAULT_CHUNK_BYTES = 64 * 1024;

export function toReadableStream(
  source: AsyncIterable<Chunk>,
  options: StreamOptions = {},
): ReadableStream<Uint8Array> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  const encoder = new TextEncoder();
  const iterator = source[Symbol.asyncIterator]();
  // open → done (source finished or failed) or cancelled (reader went away; source closed).
  let state: "open" | "done" | "cancelled" = "open";

  let controllerRef: ReadableStreamDefaultController<Uint8Array> | undefined;
  // An abort from outside (not the reader's own cancel) must also end the stream for its reader.
  const onAbort = () => {
    const reason = options.signal?.reason;
    void cancel(reason).catch(() => {});
    try {
      controllerRef?.error(reason);
    } catch {
      // already closed
    }
  };
  const isCancelled = () => state === "cancelled";
  const settle = (next: "done" | "cancelled") => {
    state = next;
    options.signal?.removeEventListener("abort", onAbort);
  };
  async function cancel(reason?: unknown) {
    if (state !== "open") return;
    settle("cancelled");
    await iterator.return?.(reason);
  }
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controllerRef = controller;
        if (options.signal?.aborted) onAbort();
        else options.signal?.addEventListener("abort", onAbort, { once: true });
      },
      async pull(controller) {
        const parts: Uint8Array[] = [];
        let size = 0;
        try {
          while (size < chunkBytes) {
            const { value, done } = await iterator.next();
            // The reader may have cancelled while we waited: keep nothing more.
            if (isCancelled()) break;
            if (done) {
              settle("done");
              break;
            }
            const bytes = typeof value === "string" ? encoder.encode(value) : value;
            parts.push(bytes);
            size += bytes.byteLength;
          }
        } catch (error) {
          // The source failed (its generator has finished): the reader gets an error, never a file
          // that merely looks complete.
          if (state === "open") settle("done");
          controller.error(error);
          return;
        }
        if (state === "cancelled") return;
        if (size > 0) controller.enqueue(parts.length === 1 ? parts[0]! : concat(parts, size));
        if (state === "done") controller.close();
      },
      cancel,
    },
    // No queue ahead of the reader: pull() runs only when the reader asks.
    { highWaterMark: 0 },
  );
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** Reads a whole stream or iterable into one string (tests, and small exports kept in memory). */
export async function collectText(source: AsyncIterable<Chunk> | ReadableStream<Uint8Array>): Promise<string> {
  const bytes = await collectBytes(source);
  // Keep a byte-order mark (the CSV export starts with one) rather than silently dropping it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

export async function collectBytes(source: AsyncIterable<Chunk> | ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  const iterable: AsyncIterable<Chunk> =
    source instanceof ReadableStream ? (source as unknown as AsyncIterable<Uint8Array>) : source;
  for await (const chunk of iterable) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    size += bytes.byteLength;
  }
  return concat(parts, size);
}
