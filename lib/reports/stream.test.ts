import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { exportStream, EXPORT_FORMAT_IDS } from "@/lib/reports/registry";
import { toReadableStream } from "@/lib/reports/stream";
import { sampleClaims, sampleContext } from "@/lib/reports/testing";
import { summarise } from "@/lib/reports/labels";
import type { TReportClaim } from "@/lib/reports/types";

const ROWS = 50_000;

/** A stand-in for a database cursor: counts what it hands out and whether it was closed. */
function countingSource(total: number, make: (i: number) => TReportClaim) {
  const state = { produced: 0, closed: false, finished: false };
  async function* rows() {
    try {
      for (let i = 0; i < total; i++) {
        state.produced += 1;
        yield make(i);
      }
      state.finished = true;
    } finally {
      // Where a real cursor would be closed and its connection released.
      state.closed = true;
    }
  }
  return { state, rows: rows() };
}

const template = sampleClaims()[12]!; // nk-troops-14000: quantities, evidence, a correction
const generated = (i: number): TReportClaim => ({
  ...template,
  id: `row-${i}`,
  url: `https://cekfakta.example/claims/row-${i}`,
});

function count(text: string, needle: string) {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

describe("streaming 50,000 rows through the ReadableStream", () => {
  for (const format of ["csv", "ndjson"] as const) {
    it(`${format}: the source is read only as fast as the reader reads, and every row arrives`, async () => {
      const { state, rows } = countingSource(ROWS, generated);
      const stream = exportStream(format, sampleContext(), rows, { chunkBytes: 16 * 1024 });
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      // CSV rows end in CRLF and start after a header row; NDJSON has one line per row.
      const rowEnd = format === "csv" ? "\r\n" : "\n";
      const headerRows = format === "csv" ? 1 : 0;

      // Nothing is read before the reader asks.
      await sleep(10);
      expect(state.produced).toBe(0);

      let reads = 0;
      let delivered = 0;
      let tail = "";
      let maxAhead = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        reads += 1;
        const text = tail + decoder.decode(value, { stream: true });
        const lastEnd = text.lastIndexOf(rowEnd);
        delivered += count(text.slice(0, lastEnd + rowEnd.length), rowEnd);
        tail = text.slice(lastEnd + rowEnd.length);
        // Every row the source has produced is already in the reader's hands: no read-ahead.
        maxAhead = Math.max(maxAhead, state.produced - (delivered - headerRows));
        if (reads === 3) {
          // A pause on the reader's side: the source waits rather than filling memory.
          const before = state.produced;
          await sleep(20);
          expect(state.produced).toBe(before);
        }
      }
      expect(tail).toBe("");
      expect(delivered - headerRows).toBe(ROWS);
      expect(state.produced).toBe(ROWS);
      expect(maxAhead).toBe(0);
      // Many reads of bounded size, not one buffered blob: each pull gathers ~16 KiB.
      expect(reads).toBeGreaterThan(1000);
      expect(state.closed).toBe(true);
    }, 60_000);
  }

  it("cancel() closes the source through its return(), and nothing more is read", async () => {
    const { state, rows } = countingSource(ROWS, generated);
    const reader = exportStream("csv", sampleContext(), rows, { chunkBytes: 16 * 1024 }).getReader();
    await reader.read();
    await reader.read();
    const readSoFar = state.produced;
    expect(readSoFar).toBeGreaterThan(0);
    expect(readSoFar).toBeLessThan(200);
    await reader.cancel("client went away");
    expect(state.closed).toBe(true);
    expect(state.finished).toBe(false);
    expect(state.produced).toBe(readSoFar);
  });
});

describe("toReadableStream", () => {
  it("closes the source for every format when the reader cancels mid-way", async () => {
    const claims = sampleClaims();
    for (const format of EXPORT_FORMAT_IDS) {
      const { state, rows } = countingSource(ROWS, generated);
      // With the summary given, the reports (Markdown, PDF) stream their claims too.
      const stream = exportStream(format, sampleContext(), rows, { chunkBytes: 1, summary: summarise(claims) });
      const reader = stream.getReader();
      // The reports write their head first; read until the claims have started to flow.
      for (let reads = 0; state.produced === 0 && reads < 50; reads++) await reader.read();
      expect(state.produced, format).toBeGreaterThan(0);
      await reader.cancel();
      expect(state.closed, format).toBe(true);
      expect(state.finished, format).toBe(false);
      expect(state.produced, format).toBeLessThan(5);
    }
  });

  it("a reader that cancels before any claim was needed never opens the source", async () => {
    const { state, rows } = countingSource(ROWS, generated);
    const reader = exportStream("markdown", sampleContext(), rows, {
      chunkBytes: 1,
      summary: summarise(sampleClaims()),
    }).getReader();
    await reader.read();
    await reader.cancel();
    expect(state.produced).toBe(0);
    expect(state.closed).toBe(false);
  });

  it("an aborted signal closes the source and errors the stream for its reader", async () => {
    const { state, rows } = countingSource(ROWS, generated);
    const abort = new AbortController();
    const reader = exportStream("ndjson", sampleContext(), rows, { chunkBytes: 1, signal: abort.signal }).getReader();
    await reader.read();
    abort.abort(new Error("request aborted"));
    await expect(reader.read()).rejects.toThrow("request aborted");
    expect(state.closed).toBe(true);
  });

  it("a failing source errors the stream instead of ending it as if complete", async () => {
    async function* failing() {
      yield "first line\n";
      throw new Error("cursor lost its connection");
    }
    const reader = toReadableStream(failing(), { chunkBytes: 1 }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("first line\n");
    await expect(reader.read()).rejects.toThrow("cursor lost its connection");
  });

  it("gathers small pieces into chunks of about chunkBytes", async () => {
    async function* pieces() {
      for (let i = 0; i < 100; i++) yield "0123456789";
    }
    const sizes: number[] = [];
    for await (const chunk of toReadableStream(pieces(), { chunkBytes: 256 }) as unknown as AsyncIterable<Uint8Array>)
      sizes.push(chunk.byteLength);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(sizes.slice(0, -1).every((s) => s === 260)).toBe(true);
  });
});
