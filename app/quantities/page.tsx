// The quantity tracker (lib/quantities/): pick a quantity, see every figure claimed for it over time,
// as a chart and as a table (the accessible form of the same data).
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { listTrackedQuantities, quantitySeries, type QuantityPoint } from "@/lib/quantities/series";
import { firstValues } from "@/components/claims-list/href";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";
import { linkClass, unitLabel, type TI18n } from "@/components/claims/format";
import { quantityName } from "@/components/quantities/names";
import { QuantityChart } from "@/components/quantities/QuantityChart";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("quantities.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function figure(p: QuantityPoint, { t, locale }: TI18n): string {
  const value = formatNumber(locale, p.value);
  const unit = unitLabel(t, p.unit);
  return p.qualifier === "exact"
    ? t("quantities.exactValue", { value, unit })
    : t("quantities.value", { qualifier: t(`qualifier.${p.qualifier}`), value, unit });
}

/** A calendar date: claimed dates have no time of day, so they are shown as stored (UTC). */
function CalendarDate({ value, locale, timeZone }: { value: Date; locale: TI18n["locale"]; timeZone: string }) {
  return <LocalTime value={value} locale={locale} timeZone={timeZone} mode="date" />;
}

export default async function QuantitiesPage({ searchParams }: Props) {
  const { q } = firstValues(await searchParams);
  const actor = await requirePageActor(routes.quantities(q));
  const i18n = await getI18n();
  const { t, locale } = i18n;
  const tracked = await listTrackedQuantities(actor);
  const key = q && tracked.some((x) => x.key === q) ? q : tracked[0]?.key;
  const series = key ? await quantitySeries(actor, key) : null;
  const name = key ? quantityName(key, i18n) : "";

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("quantities.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("quantities.intro")}</p>
      </div>

      {tracked.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center text-sm text-gray-700">
          {t("quantities.empty")}
        </p>
      ) : (
        <>
          <form
            action={routes.quantities()}
            method="get"
            className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 bg-white p-4"
          >
            <div className="flex min-w-0 flex-col gap-1">
              <label htmlFor="quantity-pick" className="text-sm font-medium text-gray-900">
                {t("quantities.pick")}
              </label>
              <select
                id="quantity-pick"
                name="q"
                defaultValue={key}
                className="max-w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900"
              >
                {tracked.map((x) => (
                  <option key={x.key} value={x.key}>
                    {t("quantities.option", {
                      quantity: quantityName(x.key, i18n),
                      count: t("quantities.figures", { count: x.figures }),
                    })}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800"
            >
              {t("quantities.show")}
            </button>
          </form>

          {!series ? (
            <p className="text-sm text-gray-700">{t("quantities.unknown")}</p>
          ) : (
            <>
              <h2 className="text-xl font-semibold text-gray-950" data-testid="quantity-name">
                {name}
              </h2>
              <section
                aria-labelledby="quantity-chart-heading"
                aria-describedby="quantity-chart-description"
                className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4"
              >
                <h3 id="quantity-chart-heading" className="text-lg font-semibold text-gray-950">
                  {t("quantities.chart.heading")}
                </h3>
                <p id="quantity-chart-description" className="text-sm text-gray-700">
                  {t("quantities.chart.description", {
                    min: formatNumber(locale, Math.min(...series.map((p) => p.value))),
                    max: formatNumber(locale, Math.max(...series.map((p) => p.value))),
                  })}
                </p>
                <QuantityChart
                  locale={locale === "id" ? "id-ID" : "en-GB"}
                  points={series.map((p) => ({
                    t: p.date.getTime(),
                    value: p.value,
                    label: `${figure(p, i18n)} · ${p.claimant}`,
                  }))}
                />
              </section>

              <section aria-labelledby="quantity-table-heading" className="flex flex-col gap-2">
                <h3 id="quantity-table-heading" className="text-lg font-semibold text-gray-950">
                  {t("quantities.table.heading")}
                </h3>
                <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
                  <table className="w-full min-w-[40rem] text-left text-sm" data-testid="quantity-table">
                    <caption className="sr-only">{t("quantities.table.caption", { quantity: name })}</caption>
                    <thead className="bg-gray-50 text-xs text-gray-700 uppercase">
                      <tr>
                        <th scope="col" className="px-3 py-2">
                          {t("quantities.col.date")}
                        </th>
                        <th scope="col" className="px-3 py-2">
                          {t("quantities.col.value")}
                        </th>
                        <th scope="col" className="px-3 py-2">
                          {t("quantities.col.claimant")}
                        </th>
                        <th scope="col" className="px-3 py-2">
                          {t("quantities.col.article")}
                        </th>
                        <th scope="col" className="px-3 py-2">
                          {t("quantities.col.verdict")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {series.map((p) => (
                        <tr key={p.quantityId} className="border-t border-gray-200 align-top">
                          <td className="px-3 py-2 whitespace-nowrap">
                            <CalendarDate value={p.date} locale={locale} timeZone="UTC" />
                            {p.dateIsPublication && (
                              <span className="block text-xs text-gray-700">{t("quantities.datePublished")}</span>
                            )}
                          </td>
                          <td className="px-3 py-2 font-medium whitespace-nowrap text-gray-950">
                            <Link href={routes.claim(p.claimId)} className={linkClass}>
                              {figure(p, i18n)}
                            </Link>
                            <span className="block text-xs font-normal text-gray-700">“{p.text}”</span>
                          </td>
                          <td className="px-3 py-2">{p.claimant}</td>
                          <td className="px-3 py-2">
                            <Link href={routes.article(p.article.id)} className={linkClass}>
                              {p.article.title}
                            </Link>
                          </td>
                          <td className="px-3 py-2">
                            <VerdictBadge verdict={p.verdict} label={t(`verdict.${p.verdict}`)} size="sm" />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
