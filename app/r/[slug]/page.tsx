import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import "@/components/exports/report-print.css";
import { requestOrigin } from "@/lib/exports/http";
import { publishedReport } from "@/lib/exports/publish";
import { getI18n } from "@/lib/i18n/server";
import { orNotFound } from "@/components/layout/not-found";
import { ReportView } from "@/components/exports/ReportView";

// A published verdict report, for anyone: only signed-off verdicts, with their ClaimReview JSON-LD in
// the page for search engines and syndication. Read on every request, so unpublishing is immediate.
type Props = { params: Promise<{ slug: string }> };

// Once per request: the metadata and the page share the read.
const load = cache(async (slug: string) => {
  const [{ locale }, origin] = await Promise.all([getI18n(), requestOrigin()]);
  return orNotFound(publishedReport(slug, { baseUrl: origin, locale }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [report, { t }] = await Promise.all([load(slug), getI18n()]);
  return { title: t("reports.title.article", { title: report.article.title }) };
}

export default async function PublicReportPage({ params }: Props) {
  const { slug } = await params;
  const [report, { t, locale, timeZone }, h] = await Promise.all([load(slug), getI18n(), headers()]);
  // The page's CSP nonce (proxy.ts), so the data block is allowed by the policy like Next's own scripts.
  const nonce = /'nonce-([^']+)'/.exec(h.get("content-security-policy") ?? "")?.[1];
  return (
    <>
      <script
        type="application/ld+json"
        nonce={nonce}
        // The JSON has every "<" escaped (lib/exports/publish.ts), so it cannot close this element.
        dangerouslySetInnerHTML={{ __html: report.jsonLd }}
      />
      <ReportView
        article={report.article}
        claims={report.claims}
        summary={report.summary}
        locale={locale}
        timeZone={timeZone}
        byline={
          <>
            {t("exports.public.by", { workspace: report.workspaceName })}. {t("exports.public.note")}
          </>
        }
        empty={t("exports.public.empty")}
        linkClaims={false}
      />
    </>
  );
}
