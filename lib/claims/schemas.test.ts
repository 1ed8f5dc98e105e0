import { describe, expect, it } from "vitest";
import { LIMITS, ZAddEvidence, ZSetVerdict } from "@/lib/claims/schemas";

function fieldMessages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("ZSetVerdict", () => {
  const ok = { claimId: "c1", verdict: "disputed", rationale: "Two sources disagree", version: 3 };

  it("accepts a verdict with a rationale and trims it", () => {
    expect(ZSetVerdict.parse({ ...ok, rationale: "  reason  " })).toEqual({ ...ok, rationale: "reason" });
  });

  it("names the field that is wrong", () => {
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, rationale: "   " }))).toEqual({ rationale: "validation.rationaleRequired" });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, verdict: "true-ish" }))).toEqual({ verdict: "validation.verdict" });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, verdict: "unreviewed" }))).toEqual({ verdict: "validation.verdict" });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, rationale: "x".repeat(LIMITS.rationale + 1) }))).toEqual({ rationale: "validation.tooLong" });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, version: "abc" }))).toEqual({ version: "validation.version" });
  });
});

describe("ZAddEvidence", () => {
  const ok = { claimId: "c1", url: "https://www.reuters.com/world/x", title: "Report", stance: "refutes" };

  it("accepts evidence and drops blank optional fields", () => {
    expect(ZAddEvidence.parse({ ...ok, publisher: " ", archivedUrl: "", excerpt: "" })).toEqual(ok);
  });

  it("refuses malformed and non-web URLs at the right field", () => {
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "not a url" }))).toEqual({ url: "validation.url" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "javascript:alert(1)" }))).toEqual({ url: "validation.url" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, archivedUrl: "ftp://archive.org/x" }))).toEqual({ archivedUrl: "validation.url" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "" }))).toEqual({ url: "validation.urlRequired" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, stance: "maybe" }))).toEqual({ stance: "validation.stance" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, title: "t".repeat(LIMITS.title + 1) }))).toEqual({ title: "validation.tooLong" });
  });
});
