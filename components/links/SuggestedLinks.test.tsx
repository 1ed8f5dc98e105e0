// The link tools' suggested links in a simulated browser: nothing is asked until the list comes into
// view (at once where there is no IntersectionObserver), loading is announced, a failure shows the
// server's message with a Retry, and "Link as contradicts" adds the link, refreshes the page and drops
// the suggestion once the page's links include it. The API is stubbed at the network boundary.
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { SuggestedLinks } from "@/components/links/SuggestedLinks";
import type { SuggestedLink } from "@/lib/links/suggest";

const callApi = vi.hoisted(() => vi.fn());
vi.mock("@/lib/http/client", () => ({ callApi }));
const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const toast = vi.hoisted(() => vi.fn());
vi.mock("@/components/ui/Toast", () => ({ useToast: () => toast }));

const LINKS: SuggestedLink[] = [
  {
    fromClaimId: "claim 1",
    toClaimId: "c-2",
    other: {
      id: "c-2",
      quote: "US officials said more than 11,000 soldiers were sent.",
      claimant: "US officials",
      verdict: "unreviewed",
      article: { id: "a-2", title: "Washington briefing" },
    },
    reason: {
      kind: "quantity",
      key: "nk-troops-sent",
      unit: "soldiers",
      value: 14000,
      qualifier: "about",
      otherValue: 11000,
      otherQualifier: "more_than",
    },
  },
  {
    fromClaimId: "c-3",
    toClaimId: "claim 1",
    other: {
      id: "c-3",
      quote: "Pyongyang denied sending soldiers to Kursk.",
      claimant: "KCNA",
      verdict: "disputed",
      article: { id: "a-3", title: "Pyongyang's denial" },
    },
    reason: { kind: "denial", shared: ["kursk", "soldiers"] },
  },
];

function renderList(locale: "en" | "id" = "en", linkedIds: string[] = []) {
  const user = userEvent.setup();
  const tree = (ids: string[]) => (
    <I18nProvider locale={locale} timeZone="UTC">
      <h2 id="tools-heading" tabIndex={-1}>
        Link this claim
      </h2>
      <SuggestedLinks claimId="claim 1" linkedIds={ids} focusAfter="tools-heading" />
    </I18nProvider>
  );
  const view = render(tree(linkedIds));
  return { user, list: screen.getByTestId("suggested-links"), rerender: (ids: string[]) => view.rerender(tree(ids)) };
}

/** An IntersectionObserver the test drives: `show()` reports the observed element as in view. */
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

beforeEach(() => {
  callApi.mockReset();
  refresh.mockReset();
  toast.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe("suggested links on the claim page", () => {
  it("asks for them only when the list comes into view, announcing the loading and the result", async () => {
    const observer = stubObserver();
    callApi.mockResolvedValue({ ok: true, data: LINKS });
    const { list } = renderList();
    expect(within(list).getByRole("heading", { name: "Suggested links" })).toBeTruthy();
    expect(list.querySelector("[aria-busy='true']")).toBeTruthy();
    expect(within(list).getByRole("status").textContent).toBe("Looking for links to suggest…");
    await act(
      () =>
        new Promise<void>((r) => {
          setTimeout(r, 20);
        }),
    );
    expect(callApi).not.toHaveBeenCalled();

    observer.show();
    expect(callApi).toHaveBeenCalledWith("/api/claims/claim%201/suggested-links", "GET");
    const items = await within(list).findAllByTestId("suggested-link");
    expect(items).toHaveLength(2);
    expect(list.querySelector("[aria-busy='false']")).toBeTruthy();
    expect(within(list).getByRole("status").textContent).toBe("2 suggested links found.");
    expect(items[0]!.textContent).toContain(
      "Another figure for North Korean troops sent to Russia: about 14,000 soldiers here, more than 11,000 soldiers there.",
    );
    expect(items[0]!.textContent).toContain("This claim would contradict it.");
    expect(
      within(items[0]!)
        .getByRole("link", { name: /US officials said/ })
        .getAttribute("href"),
    ).toBe("/claims/c-2");
    expect(items[1]!.textContent).toContain("One denies the other; both are about: kursk, soldiers.");
    expect(items[1]!.textContent).toContain("It would contradict this claim.");
  });

  it("links one as contradicts, refreshes the page, and drops it once the page's links have it", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValueOnce({ ok: true, data: LINKS });
    const { user, list, rerender } = renderList();
    const item = (await within(list).findAllByTestId("suggested-link"))[1]!;

    callApi.mockResolvedValueOnce({ ok: true, data: { id: "link-1" } });
    await user.click(within(item).getByRole("button", { name: "Link as contradicts: the claim by KCNA" }));
    // The denial is the source of the link.
    expect(callApi).toHaveBeenLastCalledWith("/api/claims/c-3/links", "POST", {
      toClaimId: "claim 1",
      type: "contradicts",
    });
    expect(toast).toHaveBeenCalledWith("success", "Link added.");
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.id).toBe("tools-heading");

    // The refreshed page now lists the link: the suggestion goes at once, and the list is asked again.
    callApi.mockResolvedValueOnce({ ok: true, data: LINKS.slice(0, 1) });
    rerender(["c-3"]);
    expect(within(list).getAllByTestId("suggested-link")).toHaveLength(1);
    expect(within(list).queryByText("KCNA")).toBeNull();
    expect(callApi).toHaveBeenLastCalledWith("/api/claims/claim%201/suggested-links", "GET");
    await act(async () => {});
    expect(callApi).toHaveBeenCalledTimes(3);
    expect(within(list).getByRole("status").textContent).toBe("1 suggested link found.");
  });

  it("loads at once where there is no IntersectionObserver, and says so when there are none", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValue({ ok: true, data: [] });
    const { list } = renderList("id");
    expect(await within(list).findAllByText("Tidak ada tautan untuk disarankan.")).toHaveLength(2);
    expect(within(list).getByRole("status").textContent).toBe("Tidak ada tautan untuk disarankan.");
    expect(within(list).getByRole("heading", { name: "Saran tautan" })).toBeTruthy();
    expect(callApi).toHaveBeenCalledTimes(1);
  });

  it("shows the server's message when the search fails, and Retry loads it again with focus kept in the list", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValueOnce({
      ok: false,
      status: 503,
      error: { code: "UNAVAILABLE", message: "Looking for links to suggest took too long and was stopped." },
    });
    const { user, list } = renderList();
    const alert = await within(list).findByRole("alert");
    expect(alert.textContent).toContain("took too long");

    let finish!: (v: unknown) => void;
    callApi.mockReturnValueOnce(
      new Promise((r) => {
        finish = r;
      }),
    );
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(list.contains(document.activeElement)).toBe(true);
    expect(list.querySelector("[aria-busy='true']")).toBeTruthy();
    expect(within(list).queryByRole("alert")).toBeNull();
    await act(async () => finish({ ok: true, data: LINKS.slice(0, 1) }));
    expect(within(list).getAllByTestId("suggested-link")).toHaveLength(1);
    expect(within(list).getByRole("status").textContent).toBe("1 suggested link found.");
  });

  it("says the suggestions could not be loaded when the network fails", async () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    callApi.mockResolvedValue({ ok: false, status: 0, error: { code: "NETWORK", message: "" } });
    const { list } = renderList();
    expect((await within(list).findByRole("alert")).textContent).toContain("Suggested links could not be loaded.");
    expect(within(list).getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
