// Verdict filter as links with counts ("All 18 · Unreviewed 12 · Verified 3 …"); each keeps the other filters.
import Link from "next/link";
import { VERDICTS, type TVerdict } from "@/lib/claims/vocabulary";
import type { TClaimFilters } from "@/lib/claims/schemas";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { claimsListHref } from "@/components/claims-list/href";

type Props = {
  filters: TClaimFilters;
  counts: Record<TVerdict, number>;
  total: number;
  /** Counts that stopped at the bound: shown as "10,000+" (lib/claims/queries.ts countClaimsByVerdict). */
  atLeast?: Record<TVerdict, boolean>;
  totalAtLeast?: boolean;
};

export async function VerdictTabs({ filters, counts, total, atLeast, totalAtLeast }: Props) {
  const { t, locale } = await getI18n();
  const tabs: { verdict: TVerdict | undefined; count: number; more: boolean }[] = [
    { verdict: undefined, count: total, more: Boolean(totalAtLeast) },
    ...VERDICTS.map((v) => ({ verdict: v, count: counts[v], more: Boolean(atLeast?.[v]) })),
  ];
  return (
    <nav aria-label={t("claimsList.filters.byVerdict")}>
      <ul className="flex flex-wrap items-center gap-2">
        {tabs.map(({ verdict, count, more }) => {
          const active = filters.verdict === verdict;
          return (
            <li key={verdict ?? "all"}>
              <Link
                href={claimsListHref(filters, { verdict })}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-2 rounded-full border px-2 py-1 text-sm ${
                  active
                    ? "border-blue-700 bg-white font-semibold ring-2 ring-blue-700"
                    : "border-gray-300 bg-white hover:border-gray-500 hover:bg-gray-50"
                }`}
              >
                {verdict ? (
                  <VerdictBadge verdict={verdict} label={t(`verdict.${verdict}`)} size="sm" />
                ) : (
                  <span className="px-1.5 font-medium">{t("common.all")}</span>
                )}
                <span className="pr-1 tabular-nums text-gray-800">
                  {formatNumber(locale, count)}
                  {more && "+"}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
