import { describe, expect, it } from "vitest";
import { contentHash } from "@/lib/articles/intake-hash";

describe("the content hash of an article body", () => {
  it("is a sha256 hex digest", () => {
    expect(contentHash("Kyiv denied it.")).toMatch(/^[0-9a-f]{64}$/);
  });
  it("is the same for the same text re-wrapped, re-indented or pasted with Windows line breaks", () => {
    const a = contentHash("North Korea sent troops.\nKyiv denied it.");
    expect(contentHash("  North Korea sent\ttroops.\r\n\r\nKyiv   denied it.  ")).toBe(a);
  });
  it("differs when a word, a figure or punctuation differs", () => {
    const a = contentHash("North Korea sent 14,000 troops.");
    expect(contentHash("North Korea sent 14,000 troops!")).not.toBe(a);
    expect(contentHash("North Korea sent 15,000 troops.")).not.toBe(a);
    expect(contentHash("north Korea sent 14,000 troops.")).not.toBe(a);
  });
});
