// The review panel in a simulated browser: it offers exactly the actions the page's decisions allow,
// explains the four-eyes refusal, and shows the server's conflict with the claim as it is now. The API
// is stubbed at the network boundary (lib/http/client.ts); messages come from the real catalogs.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { ToastProvider } from "@/components/ui/Toast";
import { ReviewPanel, type ReviewPanelData } from "@/components/claims/ReviewPanel";

const callApi = vi.hoisted(() => vi.fn());
vi.mock("@/lib/http/client", () => ({ callApi }));
const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const no = (reason: string) => ({ allowed: false as const, reason });
const yes = { allowed: true as const };

const AWAITING: ReviewPanelData = {
  id: "claim-1",
  version: 3,
  reviewStatus: "awaiting_signoff",
  priority: "high",
  dueAt: null,
  overdue: false,
  changesNote: null,
  assignee: { id: "u-rina", name: "Rina Reviewer" },
  signedOffBy: null,
  signedOffAt: null,
  corrections: [],
  actions: {
    assign: yes,
    unassign: yes,
    pickUp: no("errors.review.pickUp.awaitingSignoff"),
    submitVerdict: yes,
    correctVerdict: no("errors.review.correctVerdict.notSignedOff"),
    signOff: yes,
    requestChanges: yes,
  },
};

function renderPanel(review: ReviewPanelData, assignees = [{ id: "u-rina", name: "Rina Reviewer", role: "reviewer" }]) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en" timeZone="UTC">
      <ToastProvider dismissLabel="Dismiss">
        <ReviewPanel review={review} assignees={assignees} />
      </ToastProvider>
    </I18nProvider>,
  );
  return { user };
}

beforeEach(() => {
  callApi.mockReset();
  refresh.mockReset();
});

describe("the review panel", () => {
  it("offers an editor sign-off, request changes, reassign and unassign, and signs off at the version shown", async () => {
    callApi.mockResolvedValue({ ok: true, data: { claimId: "claim-1", version: 4, status: "signed_off" } });
    const { user } = renderPanel(AWAITING);
    expect(screen.getByTestId("review-status").textContent).toContain("Awaiting sign-off");
    expect(screen.getByTestId("review-assignee").textContent).toBe("Rina Reviewer");
    for (const name of ["Sign off", "Request changes", "Reassign", "Unassign"])
      expect(screen.getByRole("button", { name })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Pick up" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Sign off" }));
    expect(callApi).toHaveBeenCalledWith("/api/claims/claim-1/signoff", "POST", { version: 3 });
    expect(refresh).toHaveBeenCalled();
  });

  it("tells the author of the verdict why there is no sign-off for them", () => {
    renderPanel(
      {
        ...AWAITING,
        actions: {
          ...AWAITING.actions,
          signOff: no("errors.review.signOff.ownVerdict"),
          requestChanges: no("errors.review.requestChanges.ownVerdict"),
        },
      },
      [],
    );
    expect(screen.queryByRole("button", { name: "Sign off" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Request changes" })).toBeNull();
    expect(screen.getByTestId("signoff-why").textContent).toBe(
      "You gave or changed this verdict, so someone else must sign it off.",
    );
  });

  it("requires a note to send a verdict back, and sends it with the version", async () => {
    callApi.mockResolvedValue({ ok: true, data: { claimId: "claim-1", version: 4, status: "changes_requested" } });
    const { user } = renderPanel(AWAITING);
    await user.click(screen.getByRole("button", { name: "Request changes" }));
    const note = screen.getByRole("textbox", { name: /What needs to change/ });
    expect(document.activeElement).toBe(note);
    await user.click(screen.getByRole("button", { name: "Send back with this note" }));
    expect(screen.getByText("Say what needs to change.")).toBeTruthy();
    expect(callApi).not.toHaveBeenCalled();
    await user.type(note, "Name the officials.");
    await user.click(screen.getByRole("button", { name: "Send back with this note" }));
    expect(callApi).toHaveBeenCalledWith("/api/claims/claim-1/changes", "POST", {
      version: 3,
      note: "Name the officials.",
    });
  });

  it("on a stale sign-off shows the server's message and the claim as it is now", async () => {
    callApi.mockResolvedValue({
      ok: false,
      status: 409,
      error: {
        code: "CONFLICT",
        message: "Someone else changed this claim after you opened it, so nothing was changed.",
        details: {
          current: {
            status: "signed_off",
            assignee: { id: "u-rina", name: "Rina Reviewer" },
            lastChange: { action: "review.signedOff", by: "Eva Editor", at: "2026-11-29T10:00:00.000Z" },
          },
        },
      },
    });
    const { user } = renderPanel(AWAITING);
    await user.click(screen.getByRole("button", { name: "Sign off" }));
    const alert = screen.getByTestId("review-alert");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toContain("Someone else changed this claim after you opened it");
    expect(within(alert).getByText("Signed off")).toBeTruthy();
    expect(alert.textContent).toContain("Verdict signed off, by Eva Editor");
    expect(refresh).toHaveBeenCalled();
  });

  it("lists corrections with the old and new verdict, the reason, who and when", () => {
    renderPanel({
      ...AWAITING,
      corrections: [
        {
          id: "c1",
          fromVerdict: "disputed",
          toVerdict: "verified",
          reason: "Seoul confirmed it.",
          createdAt: "2026-11-29T10:00:00.000Z",
          by: { id: "u-eko", name: "Eko Editor" },
        },
      ],
    });
    const list = screen.getByTestId("corrections");
    expect(list.textContent).toContain("Disputed");
    expect(list.textContent).toContain("Verified");
    expect(list.textContent).toContain("Seoul confirmed it.");
    expect(list.textContent).toContain("Eko Editor");
    expect(list.querySelector("time")?.getAttribute("dateTime")).toBe("2026-11-29T10:00:00.000Z");
  });
});
