"use client";
// The header's bell: a link to the notifications page with the unread count. It asks again on an
// interval while the tab is visible, when the window regains focus, and when the notifications page
// marks something read. GET /api/notifications/unread-count is one index-only count (decision 0013),
// and reading it is also what delivers the "due within a day" reminders.
// A polite live region says the new total only when it grows, so a screen reader hears about new
// notifications once and not on every poll or page load.
import { useCallback, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { NOTIFICATIONS_CHANGED } from "@/components/notifications/events";

/** How often the count is asked for while the page is visible. */
const BELL_POLL_MS = 15_000;

/** The count; null when it could not be read this time; "ended" when the session has ended (401). */
async function fetchUnreadCount(): Promise<number | null | "ended"> {
  try {
    const res = await fetch(routes.api.notificationsUnreadCount(), {
      headers: { accept: "application/json" },
      cache: "no-store",
    });
    if (res.status === 401) return "ended";
    if (!res.ok) return null;
    const json = (await res.json()) as { data?: { count?: unknown } };
    return typeof json.data?.count === "number" ? json.data.count : null;
  } catch {
    return null; // offline for a moment: keep showing the last count
  }
}

export function NotificationBell({ initialCount }: { initialCount: number }) {
  const { t } = useI18n();
  const pathname = usePathname() ?? "";
  const [count, setCount] = useState(initialCount);
  const [announcement, setAnnouncement] = useState("");
  const last = useRef(initialCount);
  const inFlight = useRef(false);
  // Signed out elsewhere (or deactivated): asking again would only repeat the 401 until the next page.
  const ended = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current || ended.current) return;
    inFlight.current = true;
    const next = await fetchUnreadCount();
    inFlight.current = false;
    if (next === "ended") ended.current = true;
    if (next === null || next === "ended") return;
    if (next > last.current) setAnnouncement(t("notifications.announce", { count: next }));
    last.current = next;
    setCount(next);
  }, [t]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const onChanged = () => void refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, BELL_POLL_MS);
    window.addEventListener("focus", onChanged);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onChanged);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  const here = pathname === routes.notifications();
  const label = count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell");
  return (
    <>
      <Link
        href={routes.notifications()}
        aria-label={label}
        aria-current={here ? "page" : undefined}
        data-testid="notification-bell"
        className={`relative inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 text-gray-800 hover:bg-gray-100 hover:text-gray-900 ${here ? "bg-blue-50 text-blue-900" : ""}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0a3 3 0 1 1-6 0m6 0H9"
          />
        </svg>
        {count > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white"
          >
            {count > 99 ? "99+" : count}
          </span>
        )}
      </Link>
      <span role="status" aria-live="polite" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
