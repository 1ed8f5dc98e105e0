import { describe, expect, it } from "vitest";
import { parseClaimEvent, ZClaimEvent } from "@/lib/claims/events";
import { EVENT_ACTIONS } from "@/lib/claims/vocabulary";

describe("the typed claim history", () => {
  it("has one schema per action in the vocabulary", () => {
    expect([...ZClaimEvent.options.map((o) => o.shape.action.value)].sort()).toEqual([...EVENT_ACTIONS].sort());
  });

  it("reads rows written before the review workflow (no status in verdict events, seed payloads)", () => {
    expect(
      parseClaimEvent({
        action: "verdict.set",
        before: { verdict: "unreviewed", rationale: null },
        after: { verdict: "disputed", rationale: "Two sources" },
      }),
    ).toEqual({
      action: "verdict.set",
      before: { verdict: "unreviewed", rationale: null },
      after: { verdict: "disputed", rationale: "Two sources" },
    });
    expect(
      parseClaimEvent({
        action: "claim.created",
        before: null,
        after: { quote: "q", claimant: "KCNA", category: "confirmation", source: "seed" },
      })?.action,
    ).toBe("claim.created");
    expect(
      parseClaimEvent({
        action: "link.added",
        before: null,
        after: { type: "contradicts", toClaimId: "c2", toKey: "k", source: "seed" },
      })?.action,
    ).toBe("link.added");
  });

  it("gives null, never a throw, for an unknown action or a payload of the wrong shape", () => {
    expect(parseClaimEvent({ action: "verdict.forged", before: null, after: null })).toBeNull();
    expect(parseClaimEvent({ action: "verdict.set", before: null, after: { verdict: "verified" } })).toBeNull();
    expect(
      parseClaimEvent({
        action: "verdict.set",
        before: { verdict: "maybe", rationale: null },
        after: { verdict: "verified", rationale: null },
      }),
    ).toBeNull();
    expect(parseClaimEvent({ action: "review.signedOff", before: "text", after: 42 })).toBeNull();
  });

  it("types the workflow's events: a correction carries its reason, a sent-back verdict its note", () => {
    const corrected = parseClaimEvent({
      action: "verdict.corrected",
      before: {
        verdict: "verified",
        rationale: "a",
        status: "signed_off",
        signedOffBy: { id: "u1", name: "Editor" },
        signedOffAt: "2026-11-29T10:00:00.000Z",
      },
      after: {
        verdict: "contradicted",
        rationale: "b",
        status: "awaiting_signoff",
        reason: "New footage",
        correctionId: "k1",
      },
    });
    expect(corrected?.action === "verdict.corrected" && corrected.after.reason).toBe("New footage");
    expect(
      parseClaimEvent({
        action: "verdict.corrected",
        before: { verdict: "verified", rationale: "a" },
        after: { verdict: "disputed", rationale: "b" },
      }),
    ).toBeNull();
    const back = parseClaimEvent({
      action: "review.changesRequested",
      before: { status: "awaiting_signoff" },
      after: { status: "changes_requested", note: "Add a source" },
    });
    expect(back?.action === "review.changesRequested" && back.after.note).toBe("Add a source");
  });
});
