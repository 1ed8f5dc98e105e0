"use client";
// Data a page section fetches only when the reader gets near it (decision 0023: similar claims and
// suggested links are searches too costly for every claim page view). Asks `url` once the element in
// `ref` comes within `rootMargin` of the viewport, or at once where there is no IntersectionObserver
// (old browsers, some embedded views). An answer that is not the latest request's is dropped.
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "@/lib/http/client";

export type LoadState<T> =
  | { kind: "waiting" }
  | { kind: "loading" }
  | { kind: "done"; data: T }
  /** The server's message (e.g. "took too long"), or null for a network failure. */
  | { kind: "failed"; message: string | null };

/** Start loading a little before the section scrolls into view. */
const ROOT_MARGIN = "300px 0px";

export function useLoadWhenVisible<T, E extends Element = HTMLElement>(url: string) {
  const [state, setState] = useState<LoadState<T>>({ kind: "waiting" });
  const ref = useRef<E>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const n = ++latest.current;
    const res = await callApi<T>(url, "GET");
    if (n !== latest.current) return;
    if (res.ok) setState({ kind: "done", data: res.data });
    else setState({ kind: "failed", message: res.error.message || null });
  }, [url]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") {
      const timer = setTimeout(() => void load(), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: ROOT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load]);

  /** Shows the loading state and asks again (after a failure). */
  const retry = useCallback(() => {
    setState({ kind: "loading" });
    void load();
  }, [load]);

  /** Asks again, keeping what is shown meanwhile; nothing before the first request. */
  const refresh = useCallback(() => {
    if (latest.current > 0) void load();
  }, [load]);

  const busy = state.kind === "waiting" || state.kind === "loading";
  return { state, ref, busy, retry, refresh };
}
