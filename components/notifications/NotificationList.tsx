"use client";
// The notifications page's list: what happened, by whom, on which claim (a link), when; unread ones
// are marked and can be marked read one by one or all at once. Following a notification's link marks
// it read as well. After a change the page is refreshed from the server and the header's bell asks again.
import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { NotificationItem } from "@/lib/notifications/notifications";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { formatDateTime } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/Button";
import { LocalTime } from "@/components/ui/LocalTime";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { announceNotificationsChanged } from "@/components/notifications/events";

type Translate = ReturnType<typeof useI18n>["t"];

function headline(n: NotificationItem, t: Translate): string {
  return t(`notifications.kind.${n.kind}`, { actor: n.actor?.name ?? t("notifications.someone") });
}

/** The detail each kind carries: the requested change's note, the mention's excerpt, the due date. */
function Detail({ n }: { n: NotificationItem }) {
  const { t, locale, timeZone } = useI18n();
  if (!n.data) return null;
  if (n.kind === "changes_requested" && n.data.note)
    return <p className="text-sm text-gray-800">{t("notifications.note", { note: n.data.note })}</p>;
  if (n.kind === "mentioned") return <blockquote className="text-sm text-gray-800 italic">{n.data.excerpt}</blockquote>;
  const due = n.kind === "due_soon" || n.kind === "assigned" ? n.data.dueAt : null;
  if (!due) return null;
  return (
    <p className="text-sm text-gray-800">{t("notifications.due", { due: formatDateTime(locale, due, timeZone) })}</p>
  );
}

export function NotificationList({
  notifications,
  emptyText,
}: {
  notifications: NotificationItem[];
  emptyText: string;
}) {
  const { t, locale, timeZone } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const listRef = useRef<HTMLUListElement>(null);
  const unread = notifications.filter((n) => !n.readAt);

  async function mark(body: { ids: string[] } | { all: true }, key: string, done: string, focusId?: string) {
    setBusy(key);
    const res = await callApi<{ marked: number }>(routes.api.notificationsRead(), "POST", body);
    setBusy(null);
    if (!res.ok) {
      toast("error", res.status === 0 || !res.error.message ? t("notifications.error.network") : res.error.message);
      return;
    }
    toast("success", done);
    announceNotificationsChanged();
    startRefresh(() => router.refresh());
    // The button goes away; keep the keyboard where it was: on that notification's link, or the list.
    const target = focusId ? document.getElementById(focusId) : listRef.current;
    target?.focus();
  }

  if (notifications.length === 0)
    return <p className="rounded-lg border border-gray-200 bg-white p-6 text-gray-700">{emptyText}</p>;

  return (
    <div className="flex flex-col gap-3">
      {unread.length > 0 && (
        <div>
          <Button
            type="button"
            variant="secondary"
            busy={busy === "all"}
            disabled={busy !== null}
            onClick={() => void mark({ all: true }, "all", t("notifications.markedAllRead"))}
          >
            {t("notifications.markAllRead")}
          </Button>
        </div>
      )}
      <ul
        ref={listRef}
        tabIndex={-1}
        className="flex flex-col gap-2 focus:outline-none"
        aria-busy={refreshing || undefined}
      >
        {notifications.map((n) => {
          const title = headline(n, t);
          const linkId = `notification-${n.id}`;
          return (
            <li
              key={n.id}
              data-testid="notification"
              data-unread={n.readAt ? undefined : "true"}
              className={`flex flex-col gap-2 rounded-lg border p-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "border-gray-200 bg-white" : "border-blue-300 bg-blue-50"}`}
            >
              <div className="flex min-w-0 flex-col gap-1">
                <p className="font-medium text-gray-900">
                  {!n.readAt && (
                    <span className="mr-2 inline-block rounded bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white">
                      {t("notifications.unread")}
                    </span>
                  )}
                  {title}
                </p>
                <Detail n={n} />
                {n.claim ? (
                  <p className="text-sm">
                    <Link
                      id={linkId}
                      href={routes.claim(n.claim.id)}
                      className="font-medium break-words text-blue-800 underline underline-offset-2"
                      onClick={() => {
                        // Opening it is reading it; the request outlives the page change (keepalive).
                        if (!n.readAt)
                          void fetch(routes.api.notificationsRead(), {
                            method: "POST",
                            headers: { "content-type": "application/json" },
                            body: JSON.stringify({ ids: [n.id] }),
                            keepalive: true,
                          }).then(announceNotificationsChanged, () => undefined);
                      }}
                    >
                      “{n.claim.quote}”
                    </Link>
                    <span className="block text-gray-700">
                      {t("notifications.inArticle", { article: n.claim.article.title })}
                    </span>
                  </p>
                ) : (
                  <p className="text-sm text-gray-700">{t("notifications.claimGone")}</p>
                )}
                <LocalTime value={n.createdAt} locale={locale} timeZone={timeZone} className="text-xs text-gray-600" />
              </div>
              {!n.readAt && (
                <Button
                  type="button"
                  variant="ghost"
                  className="shrink-0 self-start"
                  aria-label={t("notifications.markReadOne", { what: title })}
                  busy={busy === n.id}
                  disabled={busy !== null}
                  onClick={() =>
                    void mark({ ids: [n.id] }, n.id, t("notifications.markedRead"), n.claim ? linkId : undefined)
                  }
                >
                  {t("notifications.markRead")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
