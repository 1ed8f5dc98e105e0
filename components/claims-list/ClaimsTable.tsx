"use client";
// One page of claims, as ONE responsive markup: a table from lg up (verdict with who reviewed it when,
// the quote as the row's main link with its article, claimant and category, review status, assignee,
// due date) and, below lg, the same rows laid out as stacked cards (quote full width, each field with
// its name). One markup instead of a table plus a card list, and a client component fed the rows'
// plain fields instead of a server-rendered tree: the page sends each row once as data and once as
// HTML, not twice as HTML and twice more as flight data (decision 0024; it was 580 KB for 50 rows).
// Editors and admins also get a checkbox per claim and "select all on this page" for bulk assignment.
import Link from "next/link";
import type { ReactNode } from "react";
import { CLAIM_CATEGORIES, type TPriority, type TReviewStatus, type TVerdict } from "@/lib/claims/vocabulary";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";
import {
  BulkAssignProvider,
  RowCheckbox,
  SelectAllCheckbox,
  type BulkAssignee,
} from "@/components/claims-list/BulkAssign";
import { OverdueTag, ReviewStatusTag } from "@/components/claims-list/ReviewStatus";

/** What one row shows: only these fields travel to the browser. */
export type ClaimListRow = {
  id: string;
  version: number;
  quote: string;
  claimant: string;
  category: string;
  verdict: TVerdict;
  reviewedAt: Date | null;
  reviewerName: string | null;
  articleId: string;
  articleTitle: string;
  reviewStatus: TReviewStatus;
  priority: TPriority;
  dueAt: Date | null;
  overdue: boolean;
  assigneeName: string | null;
};

// Row classes live in app/globals.css (.claim-row and friends): written once, not 50 times per page.
const TH = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-gray-700 uppercase";
const MUTED = "text-gray-600";

export function ClaimsTable({
  rows,
  assignees,
}: {
  rows: ClaimListRow[];
  /** Given to editors and admins (who may assign): the page then offers bulk assignment. */
  assignees?: BulkAssignee[];
}) {
  const table = <Table rows={rows} canAssign={Boolean(assignees)} />;
  if (!assignees) return table;
  return (
    <BulkAssignProvider claims={rows} assignees={assignees}>
      {table}
    </BulkAssignProvider>
  );
}

function Table({ rows, canAssign }: { rows: ClaimListRow[]; canAssign: boolean }) {
  const { t, locale, timeZone } = useI18n();
  const categoryLabel = (c: string) => ((CLAIM_CATEGORIES as readonly string[]).includes(c) ? t(`category.${c}`) : c);
  const field = (name: string, value: ReactNode) => (
    <td className="claim-field">
      <span className="claim-field-name">{name}</span>
      <div className="min-w-0">{value}</div>
    </td>
  );
  const header = (label: string) => (
    <th scope="col" className={TH}>
      {label}
    </th>
  );

  return (
    <div className="flex flex-col gap-3">
      {canAssign && <SelectAllCheckbox />}
      <div className="lg:overflow-x-auto lg:rounded-lg lg:border lg:border-gray-200 lg:bg-white">
        <table className="block w-full border-collapse text-sm lg:table lg:table-fixed">
          <caption className="sr-only">{t("claimsList.table.caption")}</caption>
          <colgroup className="hidden lg:table-column-group">
            {canAssign && <col className="w-12" />}
            <col className="w-36" />
            <col />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-32" />
            <col className="w-32" />
          </colgroup>
          {/* On a phone the headers stay for screen readers; each field shows its own name instead. */}
          <thead className="sr-only border-b border-gray-200 bg-gray-50 lg:not-sr-only lg:table-header-group">
            <tr>
              {canAssign && (
                <th scope="col" className={TH}>
                  <span className="sr-only">{t("lists.bulk.selectColumn")}</span>
                </th>
              )}
              {header(t("claimsList.col.verdict"))}
              {header(t("claimsList.col.claim"))}
              {header(t("claimsList.col.claimant"))}
              {header(t("lists.col.status"))}
              {header(t("lists.col.assignee"))}
              {header(t("lists.col.due"))}
            </tr>
          </thead>
          <tbody className="flex flex-col gap-3 lg:table-row-group lg:divide-y lg:divide-gray-100">
            {rows.map((c) => (
              <tr
                key={c.id}
                data-testid="claim-row"
                className={`claim-row ${canAssign ? "grid-cols-[auto_minmax(0,1fr)]" : "grid-cols-1"}`}
              >
                {canAssign && (
                  <td className="claim-cell">
                    <RowCheckbox id={c.id} quote={c.quote} />
                  </td>
                )}
                <td className="claim-cell text-xs text-gray-700">
                  <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
                    <span className="text-sm text-gray-700 lg:hidden">{categoryLabel(c.category)}</span>
                  </span>
                  <span className="mt-1 block break-words">
                    {c.reviewedAt ? (
                      <>
                        <span className="block">{c.reviewerName ?? t("claimsList.reviewerUnknown")}</span>
                        <LocalTime
                          value={c.reviewedAt}
                          locale={locale}
                          timeZone={timeZone}
                          className={`block ${MUTED}`}
                        />
                      </>
                    ) : (
                      <span className={MUTED}>{t("claimsList.notReviewed")}</span>
                    )}
                  </span>
                </td>
                <td className="claim-cell col-span-full">
                  {/* The quote is the row's main link: on a phone full width, several lines, a large target. */}
                  <Link href={routes.claim(c.id)} prefetch={false} className="claim-quote" title={c.quote}>
                    {c.quote}
                  </Link>
                  <Link
                    href={routes.article(c.articleId)}
                    prefetch={false}
                    className="claim-article"
                    title={c.articleTitle}
                  >
                    {c.articleTitle}
                  </Link>
                </td>
                {field(
                  t("claimsList.col.claimant"),
                  <>
                    {c.claimant}
                    <span className="hidden text-xs text-gray-600 lg:block">{categoryLabel(c.category)}</span>
                  </>,
                )}
                {field(
                  t("lists.col.status"),
                  <ReviewStatusTag
                    status={c.reviewStatus}
                    label={t(`review.status.${c.reviewStatus}`)}
                    priority={c.priority === "normal" ? null : t(`priority.${c.priority}`)}
                  />,
                )}
                {field(
                  t("lists.col.assignee"),
                  c.assigneeName ?? <span className={MUTED}>{t("review.unassigned")}</span>,
                )}
                {field(
                  t("lists.col.due"),
                  <>
                    {c.dueAt ? (
                      <LocalTime value={c.dueAt} locale={locale} timeZone={timeZone} mode="date" className="block" />
                    ) : (
                      <span className={MUTED}>{t("lists.noDue")}</span>
                    )}
                    {c.overdue && <OverdueTag label={t("lists.overdue")} />}
                  </>,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
