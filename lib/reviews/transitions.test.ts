import { describe, expect, it } from "vitest";
import { REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { catalogs } from "@/lib/i18n/messages";
import { ROLES } from "@/lib/auth/permissions";
import {
  allowedReviewActions,
  decideTransition,
  isOverdue,
  REVIEW_ACTIONS,
  STATE_REFUSALS,
  TRANSITIONS,
  verdictActionFor,
  WHO_BY_ACTION,
  type TReviewAction,
  type TTransitionContext,
} from "@/lib/reviews/transitions";

const actor = (role: (typeof ROLES)[number], userId = `u-${role}`) => ({ userId, role });
const ctx = (over: Partial<TTransitionContext> = {}): TTransitionContext => ({
  actor: actor("editor"),
  status: "open",
  assigneeId: null,
  verdictAuthorIds: [],
  ...over,
});
const to = (action: TReviewAction, c: TTransitionContext) => {
  const d = decideTransition(action, c);
  return d.ok ? d.transition.to : `${d.code} ${d.messageKey}`;
};

describe("the transition table", () => {
  it("has at most one row per status and action, and each action's rows name the same people", () => {
    const keys = TRANSITIONS.map((t) => `${t.from}/${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TRANSITIONS) expect(t.who, `${t.from}/${t.action}`).toBe(WHO_BY_ACTION[t.action]);
  });

  it("is exactly the documented workflow", () => {
    const rows = TRANSITIONS.map((t) => `${t.from} -${t.action}-> ${t.to}`);
    expect(rows).toEqual([
      "open -assign-> in_review",
      "in_review -assign-> in_review",
      "changes_requested -assign-> changes_requested",
      "awaiting_signoff -assign-> awaiting_signoff",
      "open -unassign-> open",
      "in_review -unassign-> open",
      "changes_requested -unassign-> changes_requested",
      "awaiting_signoff -unassign-> awaiting_signoff",
      "open -pickUp-> in_review",
      "in_review -pickUp-> in_review",
      "changes_requested -pickUp-> changes_requested",
      "open -submitVerdict-> awaiting_signoff",
      "in_review -submitVerdict-> awaiting_signoff",
      "changes_requested -submitVerdict-> awaiting_signoff",
      "awaiting_signoff -submitVerdict-> awaiting_signoff",
      "signed_off -correctVerdict-> awaiting_signoff",
      "awaiting_signoff -signOff-> signed_off",
      "awaiting_signoff -requestChanges-> changes_requested",
    ]);
  });

  it("refuses every other status and action with a message in both catalogs", () => {
    const en = catalogs.en as unknown as Record<string, unknown>;
    const id = catalogs.id as unknown as Record<string, unknown>;
    for (const action of REVIEW_ACTIONS) {
      for (const status of REVIEW_STATUSES) {
        const row = TRANSITIONS.find((t) => t.from === status && t.action === action);
        const d = decideTransition(action, ctx({ status, assigneeId: "someone", actor: actor("admin") }));
        if (row) continue;
        expect(d.ok, `${status}/${action}`).toBe(false);
        if (d.ok) continue;
        expect(d.code).toBe("CONFLICT");
        expect(en[d.messageKey], d.messageKey).toBeTruthy();
        expect(id[d.messageKey], d.messageKey).toBeTruthy();
      }
    }
    const keys = [
      ...Object.values(STATE_REFUSALS).flatMap((r) => Object.values(r)),
      "errors.review.unassign.notAssigned",
      "errors.review.pickUp.taken",
      "errors.review.pickUp.alreadyYours",
      "errors.review.signOff.ownVerdict",
      "errors.review.requestChanges.ownVerdict",
      "errors.forbidden.claim.pickUp",
      "errors.forbidden.verdict.assigned",
    ];
    for (const k of keys) expect([en[k], id[k]], k).toEqual([expect.any(String), expect.any(String)]);
  });

  it("takes a claim from open to signed off and, by a correction, back to sign-off", () => {
    const reviewer = actor("reviewer");
    const editor = actor("editor");
    let status: TReviewStatus = "open";
    status = to("assign", ctx({ status, actor: editor })) as TReviewStatus;
    expect(status).toBe("in_review");
    status = to("submitVerdict", ctx({ status, actor: reviewer, assigneeId: reviewer.userId })) as TReviewStatus;
    expect(status).toBe("awaiting_signoff");
    status = to("requestChanges", ctx({ status, actor: editor, verdictAuthorIds: [reviewer.userId] })) as TReviewStatus;
    expect(status).toBe("changes_requested");
    status = to("submitVerdict", ctx({ status, actor: reviewer, assigneeId: reviewer.userId })) as TReviewStatus;
    expect(status).toBe("awaiting_signoff");
    status = to("signOff", ctx({ status, actor: editor, verdictAuthorIds: [reviewer.userId] })) as TReviewStatus;
    expect(status).toBe("signed_off");
    expect(verdictActionFor(status)).toBe("correctVerdict");
    expect(to("correctVerdict", ctx({ status, actor: reviewer, assigneeId: reviewer.userId }))).toBe(
      "awaiting_signoff",
    );
    expect(verdictActionFor("awaiting_signoff")).toBe("submitVerdict");
  });
});

describe("who may", () => {
  it("refuses viewers everything, for their role, whatever the claim's state", () => {
    for (const action of REVIEW_ACTIONS) {
      for (const status of REVIEW_STATUSES) {
        const d = decideTransition(action, ctx({ status, actor: actor("viewer") }));
        expect(d.ok ? "ok" : d.code, `${status}/${action}`).toBe("FORBIDDEN");
      }
    }
  });

  it("keeps assigning and the sign-off decision to editors and admins", () => {
    const reviewer = actor("reviewer");
    expect(to("assign", ctx({ actor: reviewer }))).toBe("FORBIDDEN errors.forbidden.claim.assign");
    expect(to("unassign", ctx({ actor: reviewer, status: "in_review", assigneeId: reviewer.userId }))).toBe(
      "FORBIDDEN errors.forbidden.claim.assign",
    );
    expect(to("signOff", ctx({ actor: reviewer, status: "awaiting_signoff" }))).toBe(
      "FORBIDDEN errors.forbidden.verdict.signOff",
    );
    expect(to("requestChanges", ctx({ actor: reviewer, status: "awaiting_signoff" }))).toBe(
      "FORBIDDEN errors.forbidden.verdict.signOff",
    );
    for (const role of ["editor", "admin"] as const) {
      expect(to("assign", ctx({ actor: actor(role) }))).toBe("in_review");
      expect(
        to("signOff", ctx({ actor: actor(role), status: "awaiting_signoff", verdictAuthorIds: ["someone"] })),
      ).toBe("signed_off");
    }
  });

  it("lets a reviewer pick up only an unassigned claim, and says who has it otherwise", () => {
    const reviewer = actor("reviewer");
    expect(to("pickUp", ctx({ actor: reviewer }))).toBe("in_review");
    expect(
      decideTransition("pickUp", ctx({ actor: reviewer, status: "in_review", assigneeId: "r2", assigneeName: "Rina" })),
    ).toEqual({
      ok: false,
      code: "CONFLICT",
      messageKey: "errors.review.pickUp.taken",
      params: { name: "Rina" },
    });
    expect(to("pickUp", ctx({ actor: reviewer, status: "in_review", assigneeId: reviewer.userId }))).toBe(
      "CONFLICT errors.review.pickUp.alreadyYours",
    );
    expect(to("pickUp", ctx({ actor: reviewer, status: "awaiting_signoff" }))).toBe(
      "CONFLICT errors.review.pickUp.awaitingSignoff",
    );
  });

  it("refuses a reviewer's verdict on a claim assigned to someone else, not on their own or an unassigned one", () => {
    const reviewer = actor("reviewer");
    expect(to("submitVerdict", ctx({ actor: reviewer, status: "in_review", assigneeId: "someone-else" }))).toBe(
      "FORBIDDEN errors.forbidden.verdict.assigned",
    );
    expect(to("correctVerdict", ctx({ actor: reviewer, status: "signed_off", assigneeId: "someone-else" }))).toBe(
      "FORBIDDEN errors.forbidden.verdict.assigned",
    );
    expect(to("submitVerdict", ctx({ actor: reviewer, status: "in_review", assigneeId: reviewer.userId }))).toBe(
      "awaiting_signoff",
    );
    expect(to("submitVerdict", ctx({ actor: reviewer }))).toBe("awaiting_signoff");
    expect(to("submitVerdict", ctx({ actor: actor("editor"), status: "in_review", assigneeId: "someone-else" }))).toBe(
      "awaiting_signoff",
    );
  });

  it("never lets anyone sign off or send back a verdict they gave or changed", () => {
    const editor = actor("editor");
    const c = ctx({ actor: editor, status: "awaiting_signoff", verdictAuthorIds: ["reviewer", editor.userId] });
    expect(to("signOff", c)).toBe("FORBIDDEN errors.review.signOff.ownVerdict");
    expect(to("requestChanges", c)).toBe("FORBIDDEN errors.review.requestChanges.ownVerdict");
    expect(to("signOff", { ...c, actor: actor("admin") })).toBe("signed_off");
  });

  it("refuses transitions that make no sense, with the reason", () => {
    expect(to("signOff", ctx({ status: "open" }))).toBe("CONFLICT errors.review.signOff.notAwaiting");
    expect(to("signOff", ctx({ status: "signed_off" }))).toBe("CONFLICT errors.review.signOff.already");
    expect(to("requestChanges", ctx({ status: "in_review" }))).toBe(
      "CONFLICT errors.review.requestChanges.notAwaiting",
    );
    expect(to("assign", ctx({ status: "signed_off" }))).toBe("CONFLICT errors.review.assign.signedOff");
    expect(to("unassign", ctx({ status: "in_review", assigneeId: null }))).toBe(
      "CONFLICT errors.review.unassign.notAssigned",
    );
    expect(to("correctVerdict", ctx({ status: "awaiting_signoff" }))).toBe(
      "CONFLICT errors.review.correctVerdict.notSignedOff",
    );
  });

  it("lists for a page what this actor may do now", () => {
    const reviewer = actor("reviewer");
    const allowed = allowedReviewActions(ctx({ actor: reviewer }));
    expect(
      Object.entries(allowed)
        .filter(([, d]) => d.ok)
        .map(([a]) => a),
    ).toEqual(["pickUp", "submitVerdict"]);
  });
});

describe("overdue", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  it("is past due while still with the reviewer, not once the verdict is waiting for or past sign-off", () => {
    const past = "2026-11-29T11:59:00Z";
    expect(isOverdue({ dueAt: past, reviewStatus: "in_review" }, now)).toBe(true);
    expect(isOverdue({ dueAt: past, reviewStatus: "changes_requested" }, now)).toBe(true);
    expect(isOverdue({ dueAt: past, reviewStatus: "awaiting_signoff" }, now)).toBe(false);
    expect(isOverdue({ dueAt: past, reviewStatus: "signed_off" }, now)).toBe(false);
    expect(isOverdue({ dueAt: "2026-11-29T12:01:00Z", reviewStatus: "in_review" }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, reviewStatus: "in_review" }, now)).toBe(false);
  });
});
