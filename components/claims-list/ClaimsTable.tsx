// One page of claims: a table from lg up (verdict with who reviewed it when, the quote as the row's
// main link with its article, claimant and category, review status, assignee, due date), and below
// that a list of stacked cards with the quote first, readable and tappable. Both are rendered; CSS
// shows one (display: none hides the other from screen readers too). The table's fixed columns leave
// the quote too little room on narrow screens. Editors and admins also get a checkbox per claim and
// "select all on this page" for bulk assignment (BulkAssign.tsx; the page wraps the list in its provider).
import Link from "next/link";
import { CLAIM_CATEGORIES, type TPriority, type TReviewStatus, type TVerdict } from "@/lib/claims/vocabulary";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";
import { RowCheckbox, SelectAllCheckbox } from "@/components/claims-list/BulkAssign";
import { OverdueTag, ReviewStatusTag } from "@/components/claims-list/ReviewStatus";

export type ClaimRow = {
  id: string;
  quote: string;
  claimant: string;
  category: string;
  verdict: TVerdict;
  reviewedAt: Date | null;
  article: { id: string; title: string };
  reviewedBy: { name: string } | null;
  reviewStatus: TReviewStatus;
  priority: TPriority;
  dueAt: Date | null;
  overdue: boolean;
  assignee: { id: string; name: string } | null;
};

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-gray-700 uppercase";
const quoteLink =
  "font-medium text-gray-900 underline decoration-gray-300 underline-offset-2 hover:text-blue-800 hover:decoration-blue-800";
const articleLink = "text-blue-800 underline underline-offset-2 hover:text-blue-950";

const td = "px-3 py-3";

export async function ClaimsTable({ claims, canAssign = false }: { claims: ClaimRow[]; canAssign?: boolean }) {
  const { t, locale, timeZone } = await getI18n();
  const categoryLabel = (c: string) => ((CLAIM_CATEGORIES as readonly string[]).includes(c) ? t(`category.${c}`) : c);
  const reviewed = (c: ClaimRow, timeClass: string) =>
    c.reviewedAt ? (
      <>
        <span className="block">{c.reviewedBy?.name ?? t("claimsList.reviewerUnknown")}</span>
        <LocalTime value={c.reviewedAt} locale={locale} timeZone={timeZone} className={timeClass} />
      </>
    ) : (
      <span className="text-gray-600">{t("claimsList.notReviewed")}</span>
    );
  const assignee = (c: ClaimRow) =>
    c.assignee ? c.assignee.name : <span className="text-gray-600">{t("review.unassigned")}</span>;
  const due = (c: ClaimRow) => (
    <>
      {c.dueAt ? (
        <LocalTime value={c.dueAt} locale={locale} timeZone={timeZone} mode="date" className="block" />
      ) : (
        <span className="text-gray-600">{t("lists.noDue")}</span>
      )}
      {c.overdue && <OverdueTag label={t("lists.overdue")} />}
    </>
  );

  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white lg:block">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t("claimsList.table.caption")}</caption>
          <colgroup>
            {canAssign && <col className="w-12" />}
            <col className="w-36" />
            <col />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-32" />
          </colgroup>
          <thead className="border-b border-gray-200 bg-gray-50">
            <tr>
              {canAssign && (
                <th scope="col" className="px-3 py-2 text-left">
                  <SelectAllCheckbox place="table" />
                </th>
              )}
              <th scope="col" className={th}>
                {t("claimsList.col.verdict")}
              </th>
              <th scope="col" className={th}>
                {t("claimsList.col.claim")}
              </th>
              <th scope="col" className={th}>
                {t("claimsList.col.claimant")}
              </th>
              <th scope="col" className={th}>
                {t("lists.col.status")}
              </th>
              <th scope="col" className={th}>
                {t("lists.col.assignee")}
              </th>
              <th scope="col" className={th}>
                {t("lists.col.due")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {claims.map((c) => (
              <tr key={c.id} className="align-top hover:bg-gray-50" data-testid="claim-row">
                {canAssign && (
                  <td className={td}>
                    <RowCheckbox id={c.id} quote={c.quote} place="table" />
                  </td>
                )}
                <td className={td}>
                  <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
                  <span className="mt-1 block text-xs break-words text-gray-700">
                    {reviewed(c, "block text-xs text-gray-600")}
                  </span>
                </td>
                <td className={td}>
                  <Link
                    href={routes.claim(c.id)}
                    prefetch={false}
                    className={`line-clamp-2 ${quoteLink}`}
                    title={c.quote}
                  >
                    {c.quote}
                  </Link>
                  <Link
                    href={routes.article(c.article.id)}
                    prefetch={false}
                    className={`mt-1 line-clamp-1 text-xs break-words ${articleLink}`}
                    title={c.article.title}
                  >
                    {c.article.title}
                  </Link>
                </td>
                <td className={`${td} break-words text-gray-800`}>
                  {c.claimant}
                  <span className="block text-xs text-gray-600">{categoryLabel(c.category)}</span>
                </td>
                <td className={td}>
                  <ReviewStatusTag
                    status={c.reviewStatus}
                    label={t(`review.status.${c.reviewStatus}`)}
                    priority={c.priority === "normal" ? null : t(`priority.${c.priority}`)}
                  />
                </td>
                <td className={`${td} break-words text-gray-800`}>{assignee(c)}</td>
                <td className={`${td} text-gray-800`}>{due(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canAssign && (
        <div className="lg:hidden">
          <SelectAllCheckbox place="card" withLabel />
        </div>
      )}
      <ul
        aria-label={t("claimsList.table.caption")}
        className="flex flex-col gap-3 lg:hidden"
        data-testid="claim-cards"
      >
        {claims.map((c) => (
          <li key={c.id} className="flex min-w-0 flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              {canAssign && <RowCheckbox id={c.id} quote={c.quote} place="card" />}
              <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
              <span className="text-gray-700">{categoryLabel(c.category)}</span>
            </div>
            {/* The quote is the card's main link: full width, several lines, a large tap target. */}
            <Link
              href={routes.claim(c.id)}
              prefetch={false}
              className={`line-clamp-4 py-1 text-base leading-7 break-words ${quoteLink}`}
            >
              {c.quote}
            </Link>
            <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-gray-700">{t("claimsList.col.claimant")}</dt>
              <dd className="break-words text-gray-900">{c.claimant}</dd>
              <dt className="text-gray-700">{t("claimsList.col.article")}</dt>
              <dd className="min-w-0">
                <Link
                  href={routes.article(c.article.id)}
                  prefetch={false}
                  className={`line-clamp-2 break-words ${articleLink}`}
                >
                  {c.article.title}
                </Link>
              </dd>
              <dt className="text-gray-700">{t("lists.col.status")}</dt>
              <dd className="text-gray-900">
                <ReviewStatusTag
                  status={c.reviewStatus}
                  label={t(`review.status.${c.reviewStatus}`)}
                  priority={c.priority === "normal" ? null : t(`priority.${c.priority}`)}
                />
              </dd>
              <dt className="text-gray-700">{t("lists.col.assignee")}</dt>
              <dd className="break-words text-gray-900">{assignee(c)}</dd>
              <dt className="text-gray-700">{t("lists.col.due")}</dt>
              <dd className="text-gray-900">{due(c)}</dd>
              <dt className="text-gray-700">{t("claimsList.col.reviewed")}</dt>
              <dd className="text-gray-900">{reviewed(c, "block text-xs text-gray-600")}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
