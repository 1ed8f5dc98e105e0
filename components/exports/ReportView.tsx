// An article's verdict report as a page: the article's metadata, the summary, then each claim with
// its quote, claimant and cue, verdict and rationale, evidence with archive links, reviewer, sign-off
// and corrections. The same view serves the signed-in report page and the public one (which passes
// only signed-off claims). Printing gives a clean document (report-print.css, imported by both pages; links print
// their addresses, as the PDF does). Words and dates come from the reports' labels (lib/reports/labels).
import type { ReactNode } from "react";
import { VERDICTS } from "@/lib/claims/vocabulary";
import { isWebUrl, labelsFor } from "@/lib/reports/labels";
import type { TReportArticle, TReportClaim, TReportSummary } from "@/lib/reports/types";
import type { Locale } from "@/lib/i18n/locales";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { langAttr } from "@/components/articles/language";

type Props = {
  article: TReportArticle;
  claims: TReportClaim[];
  summary: TReportSummary;
  locale: Locale;
  timeZone: string;
  /** The report's head line under the title (workspace and generation time, or who published it). */
  byline: ReactNode;
  /** Text when there are no claims to show. */
  empty: string;
  /** Whether claims link to their pages in the app (not on the public page: those need an account). */
  linkClaims: boolean;
};

function WebLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebUrl(href)) return <>{children}</>;
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      className="font-medium break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
    >
      {children}
    </a>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[11rem_minmax(0,1fr)] print:grid-cols-[9rem_minmax(0,1fr)]">
      <dt className="text-sm font-medium text-gray-700">{label}</dt>
      <dd className="text-sm break-words text-gray-900">{children}</dd>
    </div>
  );
}

export function ReportView({ article, claims, summary, locale, timeZone, byline, empty, linkClaims }: Props) {
  const l = labelsFor({ locale, timeZone });
  const { t } = l;
  const lang = langAttr(article.language);
  return (
    <article data-report className="flex flex-col gap-6 print:gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl leading-tight font-semibold text-gray-900">
          {t("reports.title.set")}
          <span className="sr-only">: </span>
          <span lang={lang} className="mt-1 block text-xl">
            {article.title}
          </span>
        </h1>
        <p className="text-sm text-gray-700">{byline}</p>
      </header>

      <section aria-labelledby="report-article" className="break-inside-avoid">
        <h2 id="report-article" className="mb-1 text-lg font-semibold text-gray-900">
          {t("reports.article.heading")}
        </h2>
        <dl className="divide-y divide-gray-100">
          <Row label={t("reports.article.title")}>
            <span lang={lang}>{article.title}</span>
          </Row>
          <Row label={t("reports.article.outlet")}>{article.outlet}</Row>
          {article.byline && <Row label={t("reports.article.byline")}>{article.byline}</Row>}
          <Row label={t("reports.article.published")}>{l.moment(article.publishedAt)}</Row>
          <Row label={t("reports.article.language")}>{l.language(article.language)}</Row>
          <Row label={t("reports.article.url")}>
            {article.url ? <WebLink href={article.url}>{article.url}</WebLink> : t("reports.article.noUrl")}
          </Row>
        </dl>
      </section>

      <section aria-labelledby="report-summary" className="break-inside-avoid">
        <h2 id="report-summary" className="mb-2 text-lg font-semibold text-gray-900">
          {t("reports.summary.heading")}
        </h2>
        <table className="w-full max-w-md text-sm">
          <caption className="sr-only">{t("reports.summary.heading")}</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th scope="col" className="py-1 pr-4 font-medium">
                {t("reports.summary.verdict")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("reports.summary.claims")}
              </th>
            </tr>
          </thead>
          <tbody>
            {VERDICTS.map((v) => (
              <tr key={v} className="border-b border-gray-100">
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  <VerdictBadge verdict={v} label={l.verdict(v)} size="sm" />
                </th>
                <td className="py-1 text-right tabular-nums">{l.number(summary.byVerdict[v])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="py-1 pr-4 text-left font-semibold">
                {t("reports.summary.total")}
              </th>
              <td className="py-1 text-right font-semibold tabular-nums">{l.number(summary.total)}</td>
            </tr>
          </tbody>
        </table>
        <p className="mt-2 text-sm text-gray-700">
          {t("reports.summary.signedOff", { count: l.number(summary.signedOff), total: l.number(summary.total) })}
        </p>
      </section>

      <section aria-labelledby="report-claims" className="flex flex-col gap-4">
        <h2 id="report-claims" className="text-lg font-semibold text-gray-900">
          {t("reports.claims.heading")}
        </h2>
        {claims.length === 0 && <p className="text-sm text-gray-700">{empty}</p>}
        <ol className="flex flex-col gap-4">
          {claims.map((c, i) => (
            <li
              key={c.id}
              id={`claim-${c.id}`}
              className="break-inside-avoid rounded-lg border border-gray-200 bg-white p-4 print:border-gray-400 print:p-3"
            >
              <h3 className="text-base font-semibold text-gray-900">
                {t("reports.claim.heading", { n: l.number(i + 1), claimant: c.claimant })}
              </h3>
              <blockquote lang={lang} className="my-2 border-l-4 border-gray-300 pl-3 text-gray-900 italic">
                {c.quote}
              </blockquote>
              <dl className="divide-y divide-gray-100">
                <Row label={t("reports.claim.claimant")}>{c.claimant}</Row>
                {c.cue && (
                  <Row label={t("reports.claim.cue")}>
                    <span lang={lang}>{c.cue}</span>
                  </Row>
                )}
                <Row label={t("reports.claim.category")}>{l.category(c.category)}</Row>
                <Row label={t("reports.claim.claimedAt")}>{l.claimedAt(c)}</Row>
                {c.quantities.length > 0 && (
                  <Row label={t("reports.claim.quantities")}>{c.quantities.map(l.quantity).join("; ")}</Row>
                )}
                <Row label={t("reports.claim.verdict")}>
                  <VerdictBadge verdict={c.verdict} label={l.verdict(c.verdict)} size="sm" />
                </Row>
                {(c.verdict !== "unreviewed" || c.rationale) && (
                  <Row label={t("reports.claim.rationale")}>
                    <span className="whitespace-pre-line">{c.rationale ?? t("reports.claim.noRationale")}</span>
                  </Row>
                )}
                {c.reviewer && <Row label={t("reports.claim.reviewer")}>{c.reviewer.name}</Row>}
                {c.reviewedAt && <Row label={t("reports.claim.reviewedAt")}>{l.moment(c.reviewedAt)}</Row>}
                {c.reviewStatus && <Row label={t("reports.claim.reviewStatus")}>{l.reviewStatus(c.reviewStatus)}</Row>}
                <Row label={t("reports.claim.signedOff")}>{l.signedOff(c)}</Row>
                {c.corrections.length > 0 && (
                  <Row label={t("reports.claim.corrections")}>
                    <ul className="list-disc pl-5">
                      {c.corrections.map((k) => (
                        <li key={`${k.at}-${k.toVerdict}`}>{l.correction(k)}</li>
                      ))}
                    </ul>
                  </Row>
                )}
                <Row label={t("reports.claim.evidence")}>
                  {c.evidence.length === 0 ? (
                    t("reports.claim.noEvidence")
                  ) : (
                    <ul className="flex flex-col gap-2">
                      {c.evidence.map((e, k) => (
                        <li key={`${e.url}-${k}`}>
                          <span className="font-medium">{l.stance(e.stance)}: </span>
                          <WebLink href={e.url}>{e.title}</WebLink>
                          {e.publisher && <span> ({e.publisher})</span>}
                          <span className="block text-xs break-all text-gray-700">{e.url}</span>
                          {e.archivedUrl && (
                            <span className="block text-xs break-all">
                              {t("reports.claim.archived")}: <WebLink href={e.archivedUrl}>{e.archivedUrl}</WebLink>
                            </span>
                          )}
                          {e.excerpt && <span className="block text-gray-800">“{e.excerpt}”</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </Row>
                {c.links.length > 0 && (
                  <Row label={t("reports.claim.links")}>
                    <ul className="list-disc pl-5">
                      {c.links.map((k) => (
                        <li key={`${k.type}-${k.direction}-${k.claimId}`}>
                          {k.url && (linkClaims || k.url.includes("#claim-")) ? (
                            <WebLink href={k.url}>{l.link(k)}</WebLink>
                          ) : (
                            l.link(k)
                          )}
                        </li>
                      ))}
                    </ul>
                  </Row>
                )}
                {linkClaims && (
                  <Row label={t("reports.claim.page")}>
                    <WebLink href={c.url}>{c.url}</WebLink>
                  </Row>
                )}
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
