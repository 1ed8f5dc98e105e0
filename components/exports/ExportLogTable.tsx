// The export log for editors: who exported what and when, in which format, how many claims, and
// whether it completed (a failed or cancelled export never shows as a success).
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { listExportLog } from "@/lib/exports/log";
import { LocalTime } from "@/components/ui/LocalTime";

type Entries = Awaited<ReturnType<typeof listExportLog>>["entries"];

export function ExportLogTable({
  entries,
  t,
  locale,
  timeZone,
  formatLabel,
}: {
  entries: Entries;
  t: Translate;
  locale: Locale;
  timeZone: string;
  formatLabel: (format: string) => string;
}) {
  if (entries.length === 0) return <p className="text-sm text-gray-700">{t("exports.log.empty")}</p>;
  const number = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB");
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t("exports.log.caption")}</caption>
        <thead className="border-b border-gray-200 bg-gray-50 text-gray-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("exports.log.col.when")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("exports.log.col.who")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("exports.log.col.format")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("exports.log.col.what")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("exports.log.col.rows")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("exports.log.col.status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {entries.map((e) => {
            const filters = Object.entries(e.filters)
              .map(([k, v]) => `${k}=${v}`)
              .join(", ");
            return (
              <tr key={e.id} data-testid="export-log-row">
                <td className="px-3 py-2 whitespace-nowrap">
                  <LocalTime value={e.createdAt} locale={locale} timeZone={timeZone} />
                </td>
                <td className="px-3 py-2">
                  {e.user?.name ?? t("exports.log.unknownUser")}
                  {e.token && (
                    <span className="block text-xs text-gray-600">
                      {t("exports.log.viaToken", { name: e.token.name })}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{formatLabel(e.format)}</td>
                <td className="px-3 py-2 break-words">
                  {e.scope === "article"
                    ? e.articleTitle
                      ? t("exports.log.article", { title: e.articleTitle })
                      : t("exports.log.articleGone")
                    : filters || t("exports.log.allClaims")}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {e.rowCount === null ? "—" : number.format(e.rowCount)}
                </td>
                <td className="px-3 py-2">
                  {e.completedAt ? (
                    <span className="text-green-900">
                      <span aria-hidden="true">✓ </span>
                      {t("exports.log.completed")}
                    </span>
                  ) : (
                    <span className="text-amber-900">
                      <span aria-hidden="true">✗ </span>
                      {t("exports.log.notCompleted")}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
