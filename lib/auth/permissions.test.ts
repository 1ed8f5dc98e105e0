import { describe, expect, it } from "vitest";
import { can, canSetVerdict, PERMISSIONS, ROLES, verdictRefusal } from "@/lib/auth/permissions";

const actor = (role: (typeof ROLES)[number]) => ({ userId: `u-${role}`, role });

describe("the permission table", () => {
  it("matches the roles table in docs/design.md", () => {
    const table = Object.fromEntries(
      ROLES.map((r) => [r, (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((p) => can(actor(r), p))]),
    );
    expect(table.viewer).toEqual(["read", "export"]);
    expect(table.reviewer).toEqual([
      "read",
      "export",
      "claim.create",
      "evidence.add",
      "evidence.remove",
      "comment.add",
      "verdict.set",
      "claim.pickUp",
      "claim.link",
    ]);
    expect(table.editor).toEqual([
      ...table.reviewer,
      "article.create",
      "claim.assign",
      "verdict.signOff",
      "report.publish",
      "exports.readLog",
    ]);
    expect(table.admin).toEqual([...table.editor, "members.manage"]);
  });

  it("lets reviewers set verdicts only on claims assigned to them or unassigned", () => {
    const r = actor("reviewer");
    expect(canSetVerdict(r, { assigneeId: null })).toBe(true);
    expect(canSetVerdict(r, { assigneeId: r.userId })).toBe(true);
    expect(canSetVerdict(r, { assigneeId: "someone-else" })).toBe(false);
    expect(canSetVerdict(actor("editor"), { assigneeId: "someone-else" })).toBe(true);
    expect(canSetVerdict(actor("viewer"), { assigneeId: null })).toBe(false);
  });

  it("says why a verdict is refused, so the page can explain it", () => {
    expect(verdictRefusal(actor("viewer"), { assigneeId: null })).toBe("role");
    expect(verdictRefusal(actor("reviewer"), { assigneeId: "someone-else" })).toBe("assigned");
    expect(verdictRefusal(actor("reviewer"), { assigneeId: null })).toBeNull();
    expect(verdictRefusal(actor("admin"), { assigneeId: "someone-else" })).toBeNull();
  });
});
