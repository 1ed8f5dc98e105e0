// The verdict panel and its form in a simulated browser. The API call is stubbed at the network
// boundary (lib/http/client.ts); everything else (validation with the server's schema, messages from
// the catalogs, focus, the toast) is the real thing.
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiResult } from "@/lib/http/client";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { ToastProvider } from "@/components/ui/Toast";
import { VerdictPanel } from "@/components/claims/VerdictPanel";

const callApi = vi.hoisted(() => vi.fn());
vi.mock("@/lib/http/client", () => ({ callApi }));
const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const UNREVIEWED = { verdict: "unreviewed", rationale: null, reviewedBy: null, reviewedAt: null, version: 1 } as const;
const DISPUTED = {
  verdict: "disputed",
  rationale: "Only Kyiv gives this figure.",
  reviewedBy: "Raka Reviewer",
  reviewedAt: "2025-04-29T08:00:00.000Z",
  version: 2,
} as const;

function renderPanel(current: React.ComponentProps<typeof VerdictPanel>["current"] = UNREVIEWED) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en" timeZone="UTC">
      <ToastProvider dismissLabel="Dismiss">
        <VerdictPanel claimId="claim-1" current={current} actorName="Rina Reviewer" />
      </ToastProvider>
    </I18nProvider>,
  );
  return { user };
}

const saveButton = () => screen.getByRole("button", { name: "Save verdict" });
const rationaleBox = () => screen.getByRole("textbox", { name: /Rationale/ });

/** A promise the test settles itself, to look at the form while the request is in flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

beforeEach(() => {
  callApi.mockReset();
  refresh.mockReset();
});

describe("the verdict form", () => {
  it("asks for a verdict, then a rationale, putting focus on what is missing and sending nothing", async () => {
    const { user } = renderPanel();
    await user.click(saveButton());
    expect(screen.getByText("Choose verified, disputed or contradicted.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: /Verified/ }));

    await user.click(screen.getByRole("radio", { name: /Disputed/ }));
    await user.type(rationaleBox(), "   ");
    await user.click(saveButton());
    expect(screen.getByText("Explain the verdict: the rationale is required.")).toBeTruthy();
    expect(document.activeElement).toBe(rationaleBox());
    expect(rationaleBox().getAttribute("aria-invalid")).toBe("true");
    expect(callApi).not.toHaveBeenCalled();
  });

  it("shows it is saving and cannot be sent twice while the request is in flight", async () => {
    const pending = deferred<ApiResult<unknown>>();
    callApi.mockReturnValue(pending.promise);
    const { user } = renderPanel();
    await user.click(screen.getByRole("radio", { name: /Verified/ }));
    await user.type(rationaleBox(), "Seoul confirms it.");
    await user.click(saveButton());
    expect(saveButton().getAttribute("aria-busy")).toBe("true");
    expect((saveButton() as HTMLButtonElement).disabled).toBe(true);
    await user.type(rationaleBox(), "{Control>}{Enter}{/Control}");
    expect(callApi).toHaveBeenCalledTimes(1);
    expect(callApi).toHaveBeenCalledWith("/api/claims/claim-1/verdict", "PUT", {
      verdict: "verified",
      rationale: "Seoul confirms it.",
      version: 1,
    });
    await act(async () =>
      pending.resolve({ ok: true, data: { version: 2, verdict: "verified", reviewedAt: "2025-04-29T09:30:00.000Z" } }),
    );
  });

  it("after a save shows the saved verdict in the form's place, and 'Change verdict' reopens it with the saved values", async () => {
    callApi.mockResolvedValue({
      ok: true,
      data: { version: 2, verdict: "contradicted", reviewedAt: "2025-04-29T09:30:00.000Z" },
    });
    const { user } = renderPanel();
    await user.click(screen.getByRole("radio", { name: /Contradicted/ }));
    await user.type(rationaleBox(), "Seoul's own estimate is lower.");
    await user.click(saveButton());

    const saved = await screen.findByTestId("verdict-current");
    expect(saved.textContent).toContain("Contradicted");
    expect(saved.textContent).toContain("Rina Reviewer");
    expect(saved.textContent).toContain("Seoul's own estimate is lower.");
    expect(saved.querySelector("time")?.getAttribute("dateTime")).toBe("2025-04-29T09:30:00.000Z");
    expect(document.activeElement).toBe(saved);
    // The form is gone: nothing typed next can be appended to the old rationale.
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByRole("status").textContent).toContain("Verdict saved");
    expect(refresh).toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Change verdict" }));
    const chosen = screen.getByRole("radio", { name: /Contradicted/ }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    expect(document.activeElement).toBe(chosen);
    expect((rationaleBox() as HTMLTextAreaElement).value).toBe("Seoul's own estimate is lower.");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Change verdict" }));
  });

  it("shows a given verdict with 'Change verdict', and a second save writes against the version it saved", async () => {
    callApi.mockResolvedValue({
      ok: true,
      data: { version: 3, verdict: "verified", reviewedAt: "2025-04-30T10:00:00.000Z" },
    });
    const { user } = renderPanel(DISPUTED);
    expect(screen.queryByRole("radio")).toBeNull();
    expect(screen.getByTestId("verdict-current").textContent).toContain("Raka Reviewer");
    await user.click(screen.getByRole("button", { name: "Change verdict" }));
    await user.click(screen.getByRole("radio", { name: /Verified/ }));
    await user.clear(rationaleBox());
    await user.type(rationaleBox(), "Now confirmed by Seoul.");
    await user.click(saveButton());
    await screen.findByTestId("verdict-current");
    expect(callApi).toHaveBeenLastCalledWith("/api/claims/claim-1/verdict", "PUT", {
      verdict: "verified",
      rationale: "Now confirmed by Seoul.",
      version: 2,
    });

    callApi.mockResolvedValue({
      ok: true,
      data: { version: 4, verdict: "disputed", reviewedAt: "2025-04-30T11:00:00.000Z" },
    });
    await user.click(screen.getByRole("button", { name: "Change verdict" }));
    await user.click(screen.getByRole("radio", { name: /Disputed/ }));
    await user.click(saveButton());
    await screen.findByTestId("verdict-current");
    expect(callApi).toHaveBeenLastCalledWith("/api/claims/claim-1/verdict", "PUT", {
      verdict: "disputed",
      rationale: "Now confirmed by Seoul.",
      version: 3,
    });
  });

  it("on a conflict shows the verdict now saved next to the reviewer's own kept text, and saving again uses the new version", async () => {
    callApi.mockResolvedValueOnce({
      ok: false,
      status: 409,
      error: {
        code: "CONFLICT",
        message: "Someone else saved this claim while you were working on it. Nothing was overwritten.",
        details: {
          current: {
            verdict: "contradicted",
            version: 2,
            rationale: "Their reading of the sources.",
            reviewedAt: "2025-04-29T08:00:00.000Z",
            reviewedBy: "Raka Reviewer",
          },
        },
      },
    });
    const { user } = renderPanel();
    await user.click(screen.getByRole("radio", { name: /Verified/ }));
    await user.type(rationaleBox(), "My reading.");
    await user.click(saveButton());

    const alert = await screen.findByTestId("verdict-alert");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("Someone else saved this claim");
    expect(within(alert).getByText("Contradicted")).toBeTruthy();
    expect(alert.textContent).toContain("Raka Reviewer");
    expect(alert.textContent).toContain("Their reading of the sources.");
    expect((rationaleBox() as HTMLTextAreaElement).value).toBe("My reading.");
    expect((screen.getByRole("radio", { name: /Verified/ }) as HTMLInputElement).checked).toBe(true);

    callApi.mockResolvedValueOnce({
      ok: true,
      data: { version: 3, verdict: "verified", reviewedAt: "2025-04-29T09:00:00.000Z" },
    });
    await user.click(saveButton());
    await screen.findByTestId("verdict-current");
    expect(callApi).toHaveBeenLastCalledWith("/api/claims/claim-1/verdict", "PUT", {
      verdict: "verified",
      rationale: "My reading.",
      version: 2,
    });
  });

  it("when the server cannot be reached says nothing was saved and keeps the input for another try", async () => {
    callApi.mockResolvedValueOnce({ ok: false, status: 0, error: { code: "NETWORK", message: "" } });
    const { user } = renderPanel();
    await user.click(screen.getByRole("radio", { name: /Disputed/ }));
    await user.type(rationaleBox(), "Sources disagree.");
    await user.click(saveButton());

    const alert = await screen.findByTestId("verdict-alert");
    expect(alert.textContent).toContain("The server could not be reached. Check your connection; nothing was saved.");
    expect((rationaleBox() as HTMLTextAreaElement).value).toBe("Sources disagree.");
    expect((saveButton() as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId("verdict-current")).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });
});
