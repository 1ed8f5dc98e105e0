import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listExportLog } from "@/lib/exports/log";
import { exportFormOptions } from "@/lib/exports/options";
import { getI18n } from "@/lib/i18n/server";
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from "@/lib/reports/registry";
import { routes } from "@/lib/routes";
import { ExportForm } from "@/components/exports/ExportForm";
import { ExportLogTable } from "@/components/exports/ExportLogTable";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exports.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PREFILL = ["format", "articleId", "verdict", "status", "category", "claimant", "reviewer", "from", "to"];

export default async function ExportsPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
  };
  // Filters carried over from a link prefill the form; the server checks them strictly on download.
  const initial = Object.fromEntries(
    PREFILL.flatMap((k) => {
      const v = first(k);
      return v && v.length <= 200 ? [[k, v]] : [];
    }),
  );
  const actor = await requirePageActor(routes.exports(initial));
  const { t, locale, timeZone } = await getI18n();
  const showLog = can(actor, "exports.readLog");
  const [options, log] = await Promise.all([
    exportFormOptions(actor),
    showLog ? listExportLog(actor, { before: first("before") }) : null,
  ]);
  const formatLabel = (f: string) =>
    f in EXPORT_FORMATS ? t(EXPORT_FORMATS[f as keyof typeof EXPORT_FORMATS].labelKey) : f;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("exports.title")}</h1>
        <p className="mt-1 max-w-[70ch] text-sm text-gray-700">{t("exports.intro")}</p>
      </div>
      <section
        aria-labelledby="export-form"
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="export-form" className="text-lg font-semibold text-gray-900">
          {t("exports.form.heading")}
        </h2>
        <ExportForm
          formats={EXPORT_FORMAT_IDS.map((id) => ({ id, label: t(EXPORT_FORMATS[id].labelKey) }))}
          articles={options.articles}
          reviewers={options.reviewers}
          initial={initial}
        />
      </section>
      {log && (
        <section aria-labelledby="export-log" className="flex flex-col gap-3">
          <h2 id="export-log" className="text-lg font-semibold text-gray-900">
            {t("exports.log.heading")}
          </h2>
          <p className="max-w-[70ch] text-sm text-gray-700">{t("exports.log.intro")}</p>
          <ExportLogTable entries={log.entries} t={t} locale={locale} timeZone={timeZone} formatLabel={formatLabel} />
          {log.nextBefore && (
            <p>
              <Link
                href={routes.exports({ before: log.nextBefore })}
                className="text-sm font-medium text-blue-800 underline underline-offset-2"
              >
                {t("exports.log.older")}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
