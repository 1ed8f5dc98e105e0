// The editor's desk: claims per article by review status and by verdict, each person's open
// workload and overdue claims, the workspace's counts per status, and the latest activity. Every
// number is a link to the claims list filtered to exactly the claims it counts (lib/routes.ts), so
// an editor goes from "3 overdue" to those three claims in one click. Cards and short tables, so it
// reads on a phone as well as on a desk.
import Link from "next/link";
import type { ReactNode } from "react";
import { REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes, type ClaimsListParams } from "@/lib/routes";
import type { TDeskOverview } from "@/lib/reviews/queries";
import { Pager } from "@/components/ui/Pager";
import { LocalTime } from "@/components/ui/LocalTime";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { ReviewStatusTag } from "@/components/claims-list/ReviewStatus";

const chip =
  "inline-flex items-center gap-2 rounded-full border border-gray-300 bg-white px-2.5 py-1 text-sm hover:border-blue-700 hover:bg-blue-50";
const numberLink = "font-semibold tabular-nums text-blue-800 underline underline-offset-2 hover:text-blue-950";

function CountChip({ href, count, children }: { href: string; count: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className={chip}>
      {children}
      <span className="tabular-nums font-semibold text-gray-900">{count}</span>
    </Link>
  );
}

export async function DeskView({ desk }: { desk: TDeskOverview }) {
  const { t, locale, timeZone } = await getI18n();
  const n = (x: number) => formatNumber(locale, x);
  const claims = (p: ClaimsListParams) => routes.claims(p);
  const pages = Math.max(1, Math.ceil(desk.articleTotal / desk.articlePageSize));

  return (
    <>
      <section aria-labelledby="desk-totals" className="flex flex-col gap-2">
        <h2 id="desk-totals" className="text-lg font-semibold text-gray-900">
          {t("desk.totals")}
        </h2>
        <ul className="flex flex-wrap gap-2" data-testid="desk-totals">
          {REVIEW_STATUSES.map((s) => (
            <li key={s}>
              <CountChip href={claims({ status: s })} count={n(desk.statuses[s])}>
                <ReviewStatusTag status={s} label={t(`review.status.${s}`)} />
              </CountChip>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="desk-articles" className="flex min-w-0 flex-col gap-3">
          <h2 id="desk-articles" className="text-lg font-semibold text-gray-900">
            {t("desk.articles.heading")}
          </h2>
          <p className="text-sm text-gray-700">{t("desk.articles.caption")}</p>
          {desk.articles.length === 0 ? (
            <p className="text-sm text-gray-700">{t("desk.noArticles")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {desk.articles.map((a) => (
                <li
                  key={a.id}
                  data-testid="desk-article"
                  className="flex min-w-0 flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <h3 className="min-w-0 font-medium break-words text-gray-900">
                      <Link
                        href={routes.article(a.id)}
                        prefetch={false}
                        className="underline decoration-gray-300 underline-offset-2 hover:text-blue-800"
                      >
                        {a.title}
                      </Link>
                    </h3>
                    <p className="text-sm text-gray-700">
                      {t("desk.col.total")}:{" "}
                      <Link href={claims({ articleId: a.id })} prefetch={false} className={numberLink}>
                        {n(a.total)}
                      </Link>
                      {a.overdue > 0 && (
                        <>
                          {" · "}
                          <span className="text-red-900">{t("desk.col.overdue")}:</span>{" "}
                          <Link
                            href={claims({ articleId: a.id, overdue: true })}
                            prefetch={false}
                            className={numberLink}
                          >
                            {n(a.overdue)}
                          </Link>
                        </>
                      )}
                    </p>
                  </div>
                  <div className="flex flex-col gap-1">
                    <h4 className="text-xs font-semibold tracking-wide text-gray-700 uppercase">
                      {t("desk.byStatus")}
                    </h4>
                    <ul className="flex flex-wrap gap-2">
                      {REVIEW_STATUSES.map((s) => (
                        <li key={s}>
                          <CountChip href={claims({ articleId: a.id, status: s })} count={n(a.statuses[s])}>
                            {t(`review.status.${s}`)}
                          </CountChip>
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div className="flex flex-col gap-1">
                    <h4 className="text-xs font-semibold tracking-wide text-gray-700 uppercase">
                      {t("desk.byVerdict")}
                    </h4>
                    <ul className="flex flex-wrap gap-2">
                      {VERDICTS.map((v) => (
                        <li key={v}>
                          <CountChip href={claims({ articleId: a.id, verdict: v })} count={n(a.verdicts[v])}>
                            <VerdictBadge verdict={v} label={t(`verdict.${v}`)} size="sm" />
                          </CountChip>
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && (
            <Pager
              label={t("desk.pagination")}
              prev={{
                href: desk.articlePage > 1 ? routes.desk(desk.articlePage - 1) : null,
                label: t("common.previous"),
              }}
              next={{
                href: desk.articlePage < pages ? routes.desk(desk.articlePage + 1) : null,
                label: t("common.next"),
              }}
              status={`${n(desk.articlePage)} / ${n(pages)}`}
            />
          )}
        </section>

        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby="desk-people" className="flex flex-col gap-3">
            <h2 id="desk-people" className="text-lg font-semibold text-gray-900">
              {t("desk.people.heading")}
            </h2>
            <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
              <table className="w-full border-collapse text-sm">
                <caption className="px-3 pt-2 text-left text-xs text-gray-700">{t("desk.people.caption")}</caption>
                <thead className="border-b border-gray-200 bg-gray-50">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-left font-semibold text-gray-700">
                      {t("desk.col.person")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold text-gray-700">
                      {t("desk.col.open")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold text-gray-700">
                      {t("desk.col.overdue")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {desk.reviewers.map((r) => (
                    <tr key={r.id} data-testid="desk-person">
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <span className="block font-medium break-words text-gray-900">{r.name}</span>
                        <span className="block text-xs text-gray-700">{t(`role.${r.role}`)}</span>
                      </th>
                      <td className="px-3 py-2 text-right">
                        <Link
                          href={claims({ assignee: r.id, active: true })}
                          prefetch={false}
                          className={numberLink}
                          data-testid="desk-open"
                        >
                          {n(r.open)}
                        </Link>
                      </td>
                      <td className="px-3 py-2 text-right">
                        <Link
                          href={claims({ assignee: r.id, overdue: true })}
                          prefetch={false}
                          className={`${numberLink} ${r.overdue > 0 ? "text-red-800" : ""}`}
                          data-testid="desk-overdue"
                        >
                          {n(r.overdue)}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="desk-feed" className="flex flex-col gap-3">
            <h2 id="desk-feed" className="text-lg font-semibold text-gray-900">
              {t("desk.feed.heading")}
            </h2>
            {desk.feed.length === 0 ? (
              <p className="text-sm text-gray-700">{t("desk.feed.empty")}</p>
            ) : (
              <ol className="flex flex-col divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
                {desk.feed.map((e) => (
                  <li key={e.id} className="flex min-w-0 flex-col gap-1 px-3 py-2 text-sm" data-testid="desk-event">
                    <p className="text-gray-900">
                      <span className="font-medium">{e.actor?.name ?? t("desk.feed.someone")}</span>
                      {" · "}
                      {e.event ? t(`claim.history.action.${e.event.action}`) : t("desk.feed.unknown")}
                    </p>
                    <Link
                      href={routes.claim(e.claim.id)}
                      prefetch={false}
                      className="line-clamp-2 break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
                    >
                      {e.claim.quote}
                    </Link>
                    <LocalTime value={e.at} locale={locale} timeZone={timeZone} className="text-xs text-gray-700" />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
