import { describe, expect, it } from "vitest";
import { LIMITS, MAX_INT4, ZAddEvidence, ZClaimFilters, ZRemoveEvidence, ZSetVerdict } from "@/lib/claims/schemas";

function fieldMessages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("ZSetVerdict", () => {
  const ok = { claimId: "c1", verdict: "disputed", rationale: "Two sources disagree", version: 3 };

  it("accepts a verdict with a rationale and trims it", () => {
    expect(ZSetVerdict.parse({ ...ok, rationale: "  reason  " })).toEqual({ ...ok, rationale: "reason" });
  });

  it("names the field that is wrong", () => {
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, rationale: "   " }))).toEqual({
      rationale: "validation.rationaleRequired",
    });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, verdict: "true-ish" }))).toEqual({
      verdict: "validation.verdict",
    });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, verdict: "unreviewed" }))).toEqual({
      verdict: "validation.verdict",
    });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, rationale: "x".repeat(LIMITS.rationale + 1) }))).toEqual({
      rationale: "validation.tooLong",
    });
    expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, version: "abc" }))).toEqual({ version: "validation.version" });
  });

  it("takes the version only as a JSON integer within PostgreSQL's integer range", () => {
    expect(ZSetVerdict.parse({ ...ok, version: MAX_INT4 }).version).toBe(2147483647);
    for (const version of [" 2 ", "3", [3], true, null, 2.5, 0, -1, MAX_INT4 + 1, 1e308]) {
      expect(fieldMessages(ZSetVerdict.safeParse({ ...ok, version })), JSON.stringify(version)).toEqual({
        version: "validation.version",
      });
    }
  });
});

describe("every text field", () => {
  const verdict = { claimId: "c1", verdict: "disputed", rationale: "Two sources disagree", version: 3 };
  const evidence = {
    claimId: "c1",
    url: "https://www.reuters.com/world/x",
    title: "Report",
    stance: "refutes",
    publisher: "Reuters",
    archivedUrl: "https://archive.org/x",
    excerpt: "An excerpt",
  };
  const cases = [
    { schema: ZSetVerdict, ok: verdict, fields: ["rationale"], ids: ["claimId"] },
    {
      schema: ZAddEvidence,
      ok: evidence,
      fields: ["url", "title", "publisher", "archivedUrl", "excerpt"],
      ids: ["claimId"],
    },
    { schema: ZRemoveEvidence, ok: { claimId: "c1", evidenceId: "e1" }, fields: [], ids: ["claimId", "evidenceId"] },
  ];

  it("refuses a NUL byte or a control character at that field (PostgreSQL cannot store NUL)", () => {
    for (const { schema, ok, fields } of cases) {
      for (const field of fields) {
        for (const bad of ["\u0000", "\u001b", "\ud83d"]) {
          const value = `${(ok as Record<string, string>)[field]}${bad}`;
          expect(fieldMessages(schema.safeParse({ ...ok, [field]: value })), `${field} ${JSON.stringify(bad)}`).toEqual(
            { [field]: "validation.invalidCharacters" },
          );
        }
      }
    }
  });

  it("refuses ids that no record can have", () => {
    for (const { schema, ok, ids } of cases) {
      for (const field of ids) {
        for (const bad of ["\u0000", "c1\u0000", "a/b", "x".repeat(65)]) {
          expect(fieldMessages(schema.safeParse({ ...ok, [field]: bad })), `${field} ${JSON.stringify(bad)}`).toEqual({
            [field]: "validation.unknownId",
          });
        }
      }
    }
  });

  it("drops list filters that could not be stored or matched, instead of failing", () => {
    expect(
      ZClaimFilters.parse({ claimant: "Kyiv\u0000", articleId: "a\u0000", after: "\u0000", verdict: "disputed" }),
    ).toEqual({
      verdict: "disputed",
      overdue: false,
      pageSize: 50,
    });
  });
});

describe("ZAddEvidence", () => {
  const ok = { claimId: "c1", url: "https://www.reuters.com/world/x", title: "Report", stance: "refutes" };

  it("accepts evidence and drops blank optional fields", () => {
    expect(ZAddEvidence.parse({ ...ok, publisher: " ", archivedUrl: "", excerpt: "" })).toEqual(ok);
  });

  it("refuses malformed and non-web URLs at the right field", () => {
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "not a url" }))).toEqual({ url: "validation.url" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "javascript:alert(1)" }))).toEqual({
      url: "validation.url",
    });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, archivedUrl: "ftp://archive.org/x" }))).toEqual({
      archivedUrl: "validation.url",
    });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, url: "" }))).toEqual({ url: "validation.urlRequired" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, stance: "maybe" }))).toEqual({ stance: "validation.stance" });
    expect(fieldMessages(ZAddEvidence.safeParse({ ...ok, title: "t".repeat(LIMITS.title + 1) }))).toEqual({
      title: "validation.tooLong",
    });
  });
});
