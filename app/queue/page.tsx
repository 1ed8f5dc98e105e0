import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { ZQueueQuery } from "@/lib/reviews/schemas";
import { listQueue } from "@/lib/reviews/queries";
import { Pager } from "@/components/ui/Pager";
import { firstValues } from "@/components/claims-list/href";
import { QueueList } from "@/components/queue/QueueList";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("queue.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// My queue (decision 0015): the actor's claims by due date then priority, counts per status as tabs.
export default async function QueuePage({ searchParams }: Props) {
  const query = ZQueueQuery.parse(firstValues(await searchParams));
  const actor = await requirePageActor(routes.queue({ status: query.status, page: query.page }));
  const [{ t, locale }, queue] = await Promise.all([getI18n(), listQueue(actor, query)]);
  const unfinished = REVIEW_STATUSES.filter((s) => s !== "signed_off").reduce((n, s) => n + queue.counts[s], 0);
  const tabs: { status: TReviewStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: t("queue.all"), count: unfinished },
    ...REVIEW_STATUSES.map((s) => ({ status: s, label: t(`review.status.${s}`), count: queue.counts[s] })),
  ];
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("queue.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("queue.intro")}</p>
      </div>
      <nav aria-label={t("queue.summary")} className="flex flex-col gap-2">
        <ul className="flex flex-wrap items-center gap-2">
          {tabs.map(({ status, label, count }) => {
            const active = query.status === status;
            return (
              <li key={status ?? "all"}>
                <Link
                  href={routes.queue({ status })}
                  aria-current={active ? "page" : undefined}
                  data-testid={`queue-tab-${status ?? "all"}`}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
                    active
                      ? "border-blue-700 bg-white font-semibold ring-2 ring-blue-700"
                      : "border-gray-300 bg-white hover:border-gray-500 hover:bg-gray-50"
                  }`}
                >
                  {label}
                  <span className="tabular-nums text-gray-800">{formatNumber(locale, count)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
        {queue.overdue > 0 && (
          <p className="text-sm font-semibold text-red-800" data-testid="queue-overdue">
            <span aria-hidden="true">! </span>
            {t("queue.overdue", { count: queue.overdue })}
          </p>
        )}
      </nav>
      {queue.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
          <p className="font-medium text-gray-900">{t("queue.empty")}</p>
        </div>
      ) : (
        <section aria-labelledby="queue-heading" className="flex flex-col gap-3">
          <h2 id="queue-heading" className="sr-only">
            {t("queue.list")}
          </h2>
          <QueueList
            items={queue.items.map((i) => ({
              id: i.id,
              quote: i.quote,
              claimant: i.claimant,
              verdict: i.verdict,
              reviewStatus: i.reviewStatus,
              dueAt: i.dueAt?.toISOString() ?? null,
              priority: i.priority,
              changesNote: i.changesNote,
              version: i.version,
              overdue: i.overdue,
              article: i.article,
              assignedBy: i.assignedBy ? { name: i.assignedBy.name } : null,
            }))}
          />
          {pages > 1 && (
            <Pager
              label={t("queue.pagination")}
              prev={{
                href: query.page > 1 ? routes.queue({ status: query.status, page: query.page - 1 }) : null,
                label: t("common.previous"),
              }}
              next={{
                href: query.page < pages ? routes.queue({ status: query.status, page: query.page + 1 }) : null,
                label: t("common.next"),
              }}
              status={`${formatNumber(locale, query.page)} / ${formatNumber(locale, pages)}`}
            />
          )}
        </section>
      )}
    </div>
  );
}
