import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import {
  REVIEW_LIMITS,
  ZAssignClaim,
  ZBulkAssignClaims,
  ZClaimAtVersion,
  ZQueueQuery,
  ZRequestChanges,
  ZSetVerdictWithReason,
} from "@/lib/reviews/schemas";

type TResult = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
function fieldMessages(result: TResult) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("the review workflow's input schemas", () => {
  it("accept what the pages send", () => {
    expect(
      ZAssignClaim.parse({
        claimId: "c1",
        version: 3,
        assigneeId: "u1",
        dueAt: "2026-12-01T17:00:00+07:00",
        priority: "urgent",
      }),
    ).toEqual({
      claimId: "c1",
      version: 3,
      assigneeId: "u1",
      dueAt: "2026-12-01T17:00:00+07:00",
      priority: "urgent",
    });
    expect(ZAssignClaim.parse({ claimId: "c1", version: 3, assigneeId: null })).toEqual({
      claimId: "c1",
      version: 3,
      assigneeId: null,
    });
    expect(ZRequestChanges.parse({ claimId: "c1", version: 2, note: "  Name the source  " }).note).toBe(
      "Name the source",
    );
    expect(
      ZSetVerdictWithReason.parse({ claimId: "c1", version: 2, verdict: "verified", rationale: "r", reason: "   " })
        .reason,
    ).toBeUndefined();
  });

  it("name the wrong field with a message both catalogs have", () => {
    const results: TResult[] = [
      ZAssignClaim.safeParse({}),
      ZAssignClaim.safeParse({ claimId: "c1", version: "2", assigneeId: 5, dueAt: "tomorrow", priority: "asap" }),
      ZAssignClaim.safeParse({ claimId: "c1", version: 1.5, assigneeId: "u", dueAt: "2026-12-01" }),
      ZClaimAtVersion.safeParse({ claimId: "", version: 0 }),
      ZRequestChanges.safeParse({ claimId: "c1", version: 1, note: "x".repeat(REVIEW_LIMITS.note + 1) }),
      ZBulkAssignClaims.safeParse({ claims: [], assigneeId: "u" }),
    ];
    expect(results.map(fieldMessages)).toEqual([
      { claimId: "validation.required", version: "validation.version", assigneeId: "validation.required" },
      {
        version: "validation.version",
        assigneeId: "validation.notText",
        dueAt: "validation.dueAt",
        priority: "validation.priority",
      },
      { version: "validation.version", dueAt: "validation.dueAt" },
      { claimId: "validation.required", version: "validation.version" },
      { note: "validation.tooLong" },
      { claims: "validation.bulkClaims" },
    ]);
    for (const r of results) {
      for (const message of Object.values(fieldMessages(r))) {
        expect((catalogs.en as unknown as Record<string, unknown>)[message], message).toBeTruthy();
        expect((catalogs.id as unknown as Record<string, unknown>)[message], message).toBeTruthy();
      }
    }
  });

  it("bound a bulk assignment and refuse a claim listed twice", () => {
    const claims = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, version: 1 }));
    expect(ZBulkAssignClaims.safeParse({ claims: claims(REVIEW_LIMITS.bulkClaims), assigneeId: "u" }).success).toBe(
      true,
    );
    expect(
      fieldMessages(ZBulkAssignClaims.safeParse({ claims: claims(REVIEW_LIMITS.bulkClaims + 1), assigneeId: "u" })),
    ).toEqual({ claims: "validation.bulkClaims" });
    expect(
      fieldMessages(ZBulkAssignClaims.safeParse({ claims: [...claims(2), { id: "c0", version: 2 }], assigneeId: "u" })),
    ).toEqual({ claims: "validation.duplicateClaims" });
  });

  it("turn a queue's URL parameters into a bounded page, ignoring nonsense", () => {
    expect(ZQueueQuery.parse({})).toEqual({ page: 1, pageSize: 50 });
    expect(ZQueueQuery.parse({ status: "in_review", page: "3", pageSize: "10" })).toEqual({
      status: "in_review",
      page: 3,
      pageSize: 10,
    });
    expect(ZQueueQuery.parse({ status: "done", page: "-1", pageSize: "100000" })).toEqual({ page: 1, pageSize: 50 });
  });
});
