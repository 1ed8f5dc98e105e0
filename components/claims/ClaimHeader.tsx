// The claim page's header: where it sits (breadcrumbs), what it is (verdict, claimant, category, cue,
// date) and which article it comes from.
import type { ReactNode } from "react";
import Link from "next/link";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { formatDate } from "@/lib/i18n/locales";
import { textFor } from "@/lib/i18n/localized-text";
import { routes } from "@/lib/routes";
import type { TClaimDetail } from "@/lib/claims/queries";
import { isoDate, linkClass, type TI18n } from "@/components/claims/format";

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 gap-1.5">
      <dt className="shrink-0 text-gray-700 after:content-[':']">{term}</dt>
      <dd className="min-w-0 text-gray-900">{children}</dd>
    </div>
  );
}

export function ClaimHeader({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  const { article } = claim;
  const lang = article.language || undefined;
  const note = textFor(claim.claimedAtNote, locale);
  return (
    <header className="flex flex-col gap-3">
      <nav aria-label={t("claim.breadcrumb")}>
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-700">
          <li>
            <Link href="/claims" className={linkClass}>
              {t("nav.claims")}
            </Link>
          </li>
          <li className="flex min-w-0 items-center gap-2">
            <span aria-hidden="true" className="text-gray-500">
              ›
            </span>
            <Link href={routes.article(article.id)} className={`${linkClass} truncate`} lang={lang}>
              {article.title}
            </Link>
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="text-gray-500">
              ›
            </span>
            <span aria-current="page" className="text-gray-900">
              {t("claim.breadcrumb.current")}
            </span>
          </li>
        </ol>
      </nav>

      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-gray-950">{t("claim.heading", { claimant: claim.claimant })}</h1>
        <VerdictBadge verdict={claim.verdict} label={t(`verdict.${claim.verdict}`)} />
      </div>

      <div className="flex flex-col gap-2 text-sm">
        <dl className="flex flex-wrap gap-x-6 gap-y-1.5">
          <Meta term={t("claim.meta.category")}>
            <span className="font-medium">{t(`category.${claim.category}`)}</span>
          </Meta>
          {claim.cue && (
            <Meta term={t("claim.meta.cue")}>
              “<span lang={lang}>{claim.cue}</span>”
            </Meta>
          )}
          <Meta term={t("claim.meta.claimedAt")}>
            {claim.claimedAt ? (
              // A calendar date: shown as the day it is, not shifted into the reader's zone.
              <time dateTime={isoDate(claim.claimedAt)}>{formatDate(locale, claim.claimedAt, "UTC")}</time>
            ) : (
              <span className="italic">{t("claim.meta.claimedAtUnknown")}</span>
            )}
            {note && (
              <span className="text-gray-700">
                {" ("}
                <span lang={note.lang}>{note.text}</span>
                {")"}
              </span>
            )}
          </Meta>
          <Meta term={t("claim.meta.assignee")}>
            {claim.assignee?.name ?? <span className="text-gray-700">{t("claim.meta.unassigned")}</span>}
          </Meta>
        </dl>
        <dl className="flex flex-wrap gap-x-6 gap-y-1.5">
          <Meta term={t("claim.meta.article")}>
            <Link href={routes.article(article.id)} className={`${linkClass} font-medium`} lang={lang}>
              {article.title}
            </Link>
          </Meta>
          <Meta term={t("claim.meta.outlet")}>
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
          </Meta>
          <Meta term={t("claim.meta.published")}>
            <time dateTime={article.publishedAt.toISOString()}>
              {formatDate(locale, article.publishedAt, timeZone)}
            </time>
          </Meta>
        </dl>
      </div>
    </header>
  );
}
