// The reader's notifications, newest first: all of them or only the unread, one page at a time.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { listNotifications } from "@/lib/notifications/notifications";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { ZListNotifications } from "@/lib/notifications/schemas";
import { NotificationList } from "@/components/notifications/NotificationList";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("notifications.heading") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { unread, cursor } = ZListNotifications.parse({ unread: first(sp.unread), cursor: first(sp.cursor) });
  const actor = await requirePageActor(routes.notifications({ unread, cursor }));
  const [{ t }, page] = await Promise.all([getI18n(), listNotifications(actor, { unread, cursor })]);
  const tab = (on: boolean, href: string, label: string) => (
    <Link
      href={href}
      aria-current={on ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium ${on ? "bg-blue-50 text-blue-900 underline decoration-2 underline-offset-8" : "text-gray-700 hover:bg-gray-100"}`}
    >
      {label}
    </Link>
  );

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("notifications.heading")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("notifications.intro")}</p>
      </div>
      <nav aria-label={t("notifications.filter")} className="flex flex-wrap gap-1">
        {tab(!unread, routes.notifications(), t("notifications.showAll"))}
        {tab(unread, routes.notifications({ unread: true }), t("notifications.showUnread"))}
      </nav>
      <NotificationList
        notifications={page.notifications}
        emptyText={unread ? t("notifications.emptyUnread") : t("notifications.empty")}
      />
      {(cursor || page.nextCursor) && (
        <div className="flex flex-wrap gap-4">
          {cursor && (
            <Link href={routes.notifications({ unread })} className="text-sm font-medium text-blue-800 underline">
              {t("notifications.newest")}
            </Link>
          )}
          {page.nextCursor && (
            <Link
              href={routes.notifications({ unread, cursor: page.nextCursor })}
              rel="next"
              className="text-sm font-medium text-blue-800 underline"
            >
              {t("notifications.more")}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
