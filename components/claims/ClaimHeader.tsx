// The claim page's header: where it sits (breadcrumbs), what it is (verdict, claimant, category, cue,
// date) and which article it comes from.
import Link from "next/link";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { formatDate } from "@/lib/i18n/locales";
import type { TClaimDetail } from "@/lib/claims/queries";
import { isoDate, linkClass, type TI18n } from "@/components/claims/format";

export function ClaimHeader({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  const { article } = claim;
  const lang = article.language || undefined;
  return (
    <header className="flex flex-col gap-4">
      <nav aria-label={t("claim.breadcrumb")}>
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-700">
          <li>
            <Link href="/claims" className={linkClass}>
              {t("nav.claims")}
            </Link>
          </li>
          <li className="flex min-w-0 items-center gap-2">
            <span aria-hidden="true" className="text-gray-500">›</span>
            <Link href={`/articles/${encodeURIComponent(article.id)}`} className={`${linkClass} truncate`} lang={lang}>
              {article.title}
            </Link>
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="text-gray-500">›</span>
            <span aria-current="page" className="text-gray-900">{t("claim.breadcrumb.current")}</span>
          </li>
        </ol>
      </nav>

      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-gray-950">{t("claim.heading", { claimant: claim.claimant })}</h1>
        <VerdictBadge verdict={claim.verdict} label={t(`verdict.${claim.verdict}`)} />
      </div>

      <div className="grid gap-x-8 gap-y-3 rounded-lg border border-gray-200 bg-white p-4 text-sm md:grid-cols-2">
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5">
          <dt className="text-gray-700">{t("claim.meta.category")}</dt>
          <dd className="font-medium text-gray-900">{t(`category.${claim.category}`)}</dd>
          {claim.cue && (
            <>
              <dt className="text-gray-700">{t("claim.meta.cue")}</dt>
              <dd className="text-gray-900">
                “<span lang={lang}>{claim.cue}</span>”
              </dd>
            </>
          )}
          <dt className="text-gray-700">{t("claim.meta.claimedAt")}</dt>
          <dd className="text-gray-900">
            {claim.claimedAt ? (
              // A calendar date: shown as the day it is, not shifted into the reader's zone.
              <time dateTime={isoDate(claim.claimedAt)}>{formatDate(locale, claim.claimedAt, "UTC")}</time>
            ) : (
              <span className="text-gray-700 italic">{t("claim.meta.claimedAtUnknown")}</span>
            )}
            {claim.claimedAtNote && <span className="mt-0.5 block text-xs text-gray-700">{claim.claimedAtNote}</span>}
          </dd>
          <dt className="text-gray-700">{t("claim.meta.assignee")}</dt>
          <dd className="text-gray-900">{claim.assignee?.name ?? <span className="text-gray-700">{t("claim.meta.unassigned")}</span>}</dd>
        </dl>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5">
          <dt className="text-gray-700">{t("claim.meta.article")}</dt>
          <dd>
            <Link href={`/articles/${encodeURIComponent(article.id)}`} className={`${linkClass} font-medium`} lang={lang}>
              {article.title}
            </Link>
          </dd>
          <dt className="text-gray-700">{t("claim.meta.outlet")}</dt>
          <dd className="text-gray-900">
            {article.outlet}
            {article.url && (
              <>
                {" · "}
                <a href={article.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
                  {t("claim.meta.original")}
                  <span className="sr-only"> {t("claim.opensInNewTab")}</span>
                  <span aria-hidden="true"> ↗</span>
                </a>
              </>
            )}
          </dd>
          <dt className="text-gray-700">{t("claim.meta.published")}</dt>
          <dd className="text-gray-900">
            <time dateTime={article.publishedAt.toISOString()}>{formatDate(locale, article.publishedAt, timeZone)}</time>
          </dd>
        </dl>
      </div>
    </header>
  );
}
