// The claim page's similar claims in a simulated browser: nothing is asked until the section comes into
// view (at once where there is no IntersectionObserver), loading is announced, and a failure shows the
// server's message with a Retry. The API is stubbed at the network boundary (lib/http/client.ts).
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { SimilarClaims } from "@/components/search/SimilarClaims";
import type { SimilarClaim } from "@/lib/search/similar";

const callApi = vi.hoisted(() => vi.fn());
vi.mock("@/lib/http/client", () => ({ callApi }));

const CLAIMS: SimilarClaim[] = [
  {
    id: "c-2",
    quote: "Pyongyang sent about 14,000 soldiers to Kursk.",
    claimant: "Kyiv",
    verdict: "disputed",
    article: { id: "a-2", title: "Kyiv on the deployment" },
    similarity: 0.74,
  },
  {
    id: "c-3",
    quote: "Seoul says 3,000 more soldiers went to Kursk.",
    claimant: "Seoul",
    verdict: "unreviewed",
    article: { id: "a-3", title: "Seoul briefing" },
    similarity: 0.41,
  },
];

function renderSection(locale: "en" | "id" = "en") {
  const user = userEvent.setup();
  render(
    <I18nProvider locale={locale} timeZone="UTC">
      <SimilarClaims claimId="claim 1" />
    </I18nProvider>,
  );
  return { user, section: screen.getByTestId("similar-claims") };
}

/** An IntersectionObserver the test drives: `show()` reports the observed section as in view. */
function stubObserver() {
  const observers: { callback: IntersectionObserverCallback; observed: Element[] }[] = [];
  class Stub {
    observed: Element[] = [];
    constructor(readonly callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    observe(el: Element) {
      this.observed.push(el);
    }
    disconnect() {
      this.observed = [];
    }
  }
  vi.stubGlobal("IntersectionObserver", Stub);
  return {
    show: () =>
      act(() => {
        for (const o of observers)
          if (o.observed.length)
            o.callback(
              o.observed.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
              o as unknown as IntersectionObserver,
            );
      }),
  };
}

beforeEach(() => callApi.mockReset());
afterEach(() => vi.unstubAllGlobals());

describe("similar claims on the claim page", () => {
  it("asks for them only when the section comes into view, announcing the loading and the result", async () => {
    const observer = stubObserver();
    callApi.mockResolvedValue({ ok: true, data: CLAIMS });
    const { section } = renderSection();
    expect(within(section).getByRole("heading", { name: "Similar claims in other articles" })).toBeTruthy();
    expect(section.querySelector("[aria-busy='true']")).toBeTruthy();
    expect(within(section).getByRole("status").textContent).toBe("Looking for similar claims…");
    await act(
      () =>
        new Promise<void>((r) => {
          setTimeout(r, 20);
        }),
    );
    expect(callApi).not.toHaveBeenCalled();

    observer.show();
    expect(callApi).toHaveBeenCalledWith("/api/claims/claim%201/similar", "GET");
    expect(await within(section).findAllByTestId("similar-claim")).toHaveLength(2);
    expect(section.querySelector("[aria-busy='false']")).toBeTruthy();
    expect(within(section).getByRole("status").textContent).toBe("2 similar claims found.");
    const first = within(section).getAllByTestId("similar-claim")[0]!;
    expect(
      within(first)
        .getByRole("link", { name: /Pyongyang sent about 14,000/ })
        .getAttribute("href"),
    ).toBe("/claims/c-2");
    expect(first.textContent).toContain("74% alike");
    expect(within(first).getByRole("link", { name: "in “Kyiv on the deployment”" }).getAttribute("href")).toBe(
      "/articles/a-2",
    );
  });

  it("loads at once where there is no IntersectionObserver, and says so when there are none", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValue({ ok: true, data: [] });
    const { section } = renderSection("id");
    // Said on the page and announced by the status line.
    expect(await within(section).findAllByText("Tidak ada klaim serupa di artikel lain.")).toHaveLength(2);
    expect(within(section).getByRole("status").textContent).toBe("Tidak ada klaim serupa di artikel lain.");
    expect(within(section).getByRole("heading", { name: "Klaim serupa di artikel lain" })).toBeTruthy();
    expect(callApi).toHaveBeenCalledTimes(1);
  });

  it("shows the server's message when the search fails, and Retry loads it again with focus kept in the section", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValueOnce({
      ok: false,
      status: 503,
      error: { code: "UNAVAILABLE", message: "Looking for similar claims took too long and was stopped." },
    });
    const { user, section } = renderSection();
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("took too long");

    let finish!: (v: unknown) => void;
    callApi.mockReturnValueOnce(
      new Promise((r) => {
        finish = r;
      }),
    );
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(section.contains(document.activeElement)).toBe(true);
    expect(section.querySelector("[aria-busy='true']")).toBeTruthy();
    expect(within(section).queryByRole("alert")).toBeNull();
    await act(async () => finish({ ok: true, data: CLAIMS.slice(0, 1) }));
    expect(within(section).getAllByTestId("similar-claim")).toHaveLength(1);
    expect(within(section).getByRole("status").textContent).toBe("1 similar claim found.");
  });

  it("says the claims could not be loaded when the network fails", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValue({ ok: false, status: 0, error: { code: "NETWORK", message: "" } });
    const { section } = renderSection();
    expect((await within(section).findByRole("alert")).textContent).toContain("Similar claims could not be loaded.");
    expect(within(section).getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
