import type { Metadata } from "next";
import Link from "next/link";
import "@/components/exports/report-print.css";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getArticleSummary } from "@/lib/articles/queries";
import { requestOrigin } from "@/lib/exports/http";
import { articleReport, currentPublication } from "@/lib/exports/publish";
import { getI18n } from "@/lib/i18n/server";
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from "@/lib/reports/registry";
import { labelsFor } from "@/lib/reports/labels";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";
import { ReportView } from "@/components/exports/ReportView";
import { PrintButton } from "@/components/exports/PrintButton";
import { PublishPanel } from "@/components/exports/PublishPanel";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleReport(articleId));
  const [article, { t }] = await Promise.all([orNotFound(getArticleSummary(actor, articleId)), getI18n()]);
  return { title: t("reports.title.article", { title: article.title }) };
}

export default async function ArticleReportPage({ params }: Props) {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleReport(articleId));
  const [{ t, locale, timeZone }, origin] = await Promise.all([getI18n(), requestOrigin()]);
  const [report, publication] = await Promise.all([
    orNotFound(articleReport(actor, articleId, { baseUrl: origin, locale })),
    can(actor, "report.publish") ? currentPublication(actor, articleId) : null,
  ]);
  const l = labelsFor({ locale, timeZone });

  return (
    <div className="flex flex-col gap-6">
      <div data-print-hide className="flex flex-col gap-4">
        <p>
          <Link
            href={routes.article(articleId)}
            className="text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
          >
            <span aria-hidden="true">← </span>
            {t("exports.report.back")}
          </Link>
        </p>
        <section
          aria-labelledby="report-downloads"
          className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="report-downloads" className="text-base font-semibold text-gray-900">
            {t("exports.report.downloadHeading")}
          </h2>
          <ul className="flex flex-wrap items-center gap-2">
            <li>
              <PrintButton label={t("exports.report.print")} />
            </li>
            {EXPORT_FORMAT_IDS.map((f) => (
              <li key={f}>
                <a
                  href={routes.api.articleReport(articleId, f)}
                  download
                  className="inline-flex items-center rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
                >
                  {t(EXPORT_FORMATS[f].labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </section>
        {can(actor, "report.publish") && (
          <PublishPanel
            articleId={articleId}
            origin={origin}
            initialPath={publication ? routes.publicReport(publication.slug) : null}
          />
        )}
      </div>
      <ReportView
        article={report.article}
        claims={report.claims}
        summary={report.summary}
        locale={locale}
        timeZone={timeZone}
        byline={t("exports.report.generated", {
          workspace: actor.workspaceName,
          date: l.moment(new Date().toISOString()),
        })}
        empty={t("reports.claims.empty")}
        linkClaims
      />
    </div>
  );
}
