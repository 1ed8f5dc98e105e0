import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/claims/cursor";

describe("keyset cursors", () => {
  it("round-trip the position", () => {
    const c = { createdAt: new Date("2025-04-28T05:00:00.123Z"), id: "cm123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it("turn anything malformed into null", () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("%%%")).toBeNull();
    expect(decodeCursor(Buffer.from("not-a-date|id").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("2025-01-01T00:00:00Z|").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("2025-01-01T00:00:00Z|a\u0000b").toString("base64url"))).toBeNull();
  });
});
