import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/body";

const URL_ = "http://127.0.0.1:3000/api/preferences";

function jsonRequest(body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; messageKey: string } | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, messageKey: e.messageKey };
    throw e;
  }
}

/** A chunked body of `chunks` × 16 KiB that records how much of it was ever pulled. */
function endlessBody(chunks: number) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= chunks) return controller.close();
      stats.pulled++;
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe("readJsonBody", () => {
  it("parses a JSON body, with or without a charset", async () => {
    expect(await readJsonBody(jsonRequest('{"locale":"id"}'))).toEqual({ locale: "id" });
    expect(await readJsonBody(jsonRequest('{"a":"é"}', { "content-type": "Application/JSON; charset=utf-8" }))).toEqual(
      { a: "é" },
    );
  });

  it("refuses other media types, and a missing one, with 415", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "",
    ]) {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      expect(await refusal(readJsonBody(jsonRequest('{"locale":"id"}', headers))), type).toEqual({
        code: "UNSUPPORTED_MEDIA_TYPE",
        messageKey: "errors.unsupportedMediaType",
      });
    }
  });

  it("refuses a declared Content-Length over the limit with 413 before reading a byte", async () => {
    const { stream, stats } = endlessBody(1000);
    const req = jsonRequest(stream, { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) });
    expect(await refusal(readJsonBody(req, 64 * 1024))).toEqual({ code: "TOO_LARGE", messageKey: "errors.tooLarge" });
    expect(stats.pulled).toBeLessThanOrEqual(1); // a stream may pre-fill one chunk; nothing is read from it
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { stream, stats } = endlessBody(100_000); // 1.6 GB if read to the end
    expect(await refusal(readJsonBody(jsonRequest(stream), 64 * 1024))).toEqual({
      code: "TOO_LARGE",
      messageKey: "errors.tooLarge",
    });
    expect(stats.pulled).toBeLessThan(8);
    expect(stats.cancelled).toBe(true);
  });

  it("accepts a body of exactly the limit", async () => {
    const body = `{"pad":"${"x".repeat(100 - 10)}"}`;
    expect(body.length).toBe(100);
    expect(await readJsonBody(jsonRequest(body), 100)).toEqual({ pad: "x".repeat(90) });
    expect(await refusal(readJsonBody(jsonRequest(body + " "), 100))).toMatchObject({ code: "TOO_LARGE" });
  });

  it("refuses malformed JSON and invalid UTF-8 with 400", async () => {
    for (const body of ["{", "", "{'a':1}", new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])]) {
      expect(await refusal(readJsonBody(jsonRequest(body)))).toEqual({
        code: "INVALID",
        messageKey: "errors.invalidJson",
      });
    }
  });
});
