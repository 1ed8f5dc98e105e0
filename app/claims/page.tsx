import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requirePageActor, type Actor } from "@/lib/auth/actor";
import { ZClaimFilters, type TClaimFilters } from "@/lib/claims/schemas";
import { countClaimsByVerdict, listClaims } from "@/lib/claims/queries";
import { articleFilterLabel } from "@/lib/filter-options/options";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { Pager } from "@/components/ui/Pager";
import { PageLoading } from "@/components/layout/PageLoading";
import { claimsListHref, firstValues } from "@/components/claims-list/href";
import { VerdictTabs } from "@/components/claims-list/VerdictTabs";
import { FiltersForm } from "@/components/claims-list/FiltersForm";
import { ClaimsTable, type ClaimListRow } from "@/components/claims-list/ClaimsTable";
import { can } from "@/lib/auth/permissions";
import { listAssignees } from "@/lib/reviews/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("claimsList.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  const filters = ZClaimFilters.parse(firstValues(await searchParams));
  // Settled before anything streams, so a signed-out request gets a real redirect (back to these filters).
  const actor = await requirePageActor(routes.claims(filters));
  const { t } = await getI18n();

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("claimsList.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("claimsList.intro")}</p>
      </div>
      {/* The list's queries (counts over the whole workspace) are the slow part: a skeleton meanwhile. */}
      <Suspense fallback={<PageLoading rows={6} heading={false} />}>
        <ClaimsList actor={actor} filters={filters} />
      </Suspense>
    </div>
  );
}

async function ClaimsList({ actor, filters }: { actor: Actor; filters: TClaimFilters }) {
  const canAssign = can(actor, "claim.assign");
  // Only what the 50 rows need: counts come from counters (or stop at a bound), and the article and
  // claimant fields fetch their suggestions as the user types (decision 0021).
  const [{ t, locale }, page, { counts, total, atLeast, totalAtLeast }, articleLabel, assignees] = await Promise.all([
    getI18n(),
    listClaims(actor, filters),
    countClaimsByVerdict(actor, filters),
    articleFilterLabel(actor, filters.articleId),
    canAssign ? listAssignees(actor) : Promise.resolve([]),
  ]);
  const matching = filters.verdict ? counts[filters.verdict] : total;
  const matchingAtLeast = filters.verdict ? atLeast[filters.verdict] : totalAtLeast;
  const filtered = Boolean(
    filters.verdict ||
    filters.articleId ||
    filters.claimant ||
    filters.category ||
    filters.status ||
    filters.active ||
    filters.assignee ||
    filters.overdue,
  );
  const showing = matchingAtLeast
    ? t("filterOptions.showingAtLeast", { shown: page.claims.length, count: formatNumber(locale, matching) })
    : t("claimsList.showing", { shown: page.claims.length, count: matching });

  return (
    <>
      <section
        aria-labelledby="claims-filters"
        className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="claims-filters" className="sr-only">
          {t("claimsList.filters.heading")}
        </h2>
        <VerdictTabs filters={filters} counts={counts} total={total} atLeast={atLeast} totalAtLeast={totalAtLeast} />
        <FiltersForm
          key={routes.claims(filters)}
          verdict={filters.verdict}
          articleId={filters.articleId}
          claimant={filters.claimant}
          category={filters.category}
          pageSize={filters.pageSize}
          review={{
            status: filters.status,
            active: filters.active,
            assignee: filters.assignee,
            overdue: filters.overdue,
          }}
          articleLabel={articleLabel}
        />
      </section>

      {page.claims.length === 0 ? (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
          <p className="font-medium text-gray-900">
            {filtered ? t("claimsList.empty.filtered") : t("claimsList.empty.none")}
          </p>
          {filtered && (
            <p className="mt-2 text-sm text-gray-700">
              {t("claimsList.empty.hint")}{" "}
              <Link href="/claims" className="font-medium text-blue-800 underline underline-offset-2">
                {t("common.clear")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <section aria-labelledby="claims-results" className="flex flex-col gap-3">
          <h2 id="claims-results" className="sr-only">
            {t("claimsList.table.caption")}
          </h2>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="text-sm text-gray-700" aria-live="polite">
              {showing}
            </p>
            {/* The export form takes these filters (and adds dates and a reviewer); it checks them again. */}
            <Link
              href={routes.exports({
                articleId: filters.articleId,
                verdict: filters.verdict,
                status: filters.status,
                category: filters.category,
                claimant: filters.claimant,
              })}
              className="text-sm font-medium text-blue-800 underline underline-offset-2"
            >
              {t("claimsList.exportThese")}
            </Link>
          </div>
          <ClaimsTable
            rows={page.claims.map((c): ClaimListRow => ({
              id: c.id,
              version: c.version,
              quote: c.quote,
              claimant: c.claimant,
              category: c.category,
              verdict: c.verdict,
              reviewedAt: c.reviewedAt,
              reviewerName: c.reviewedBy?.name ?? null,
              articleId: c.article.id,
              articleTitle: c.article.title,
              reviewStatus: c.reviewStatus,
              priority: c.priority,
              dueAt: c.dueAt,
              overdue: c.overdue,
              assigneeName: c.assignee?.name ?? null,
            }))}
            assignees={canAssign ? assignees.map((a) => ({ id: a.id, name: a.name, role: a.role })) : undefined}
          />
          <Pager
            label={t("common.pagination")}
            prev={{
              href: page.prevCursor ? claimsListHref(filters, { before: page.prevCursor }) : null,
              label: t("common.previous"),
            }}
            next={{
              href: page.nextCursor ? claimsListHref(filters, { after: page.nextCursor }) : null,
              label: t("common.next"),
            }}
            status={showing}
          />
        </section>
      )}
    </>
  );
}
