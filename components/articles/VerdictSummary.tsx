// How many of the article's claims have each verdict; each count opens the claims list filtered to it.
import Link from "next/link";
import { VERDICTS, type TVerdict } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { claimsListHref } from "@/components/claims-list/href";

export async function VerdictSummary({ articleId, counts }: { articleId: string; counts: Record<TVerdict, number> }) {
  const { t, locale } = await getI18n();
  const total = VERDICTS.reduce((sum, v) => sum + counts[v], 0);
  return (
    <section
      aria-labelledby="article-verdicts"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-gray-200 bg-white px-4 py-3"
    >
      <h2 id="article-verdicts" className="text-sm font-semibold text-gray-900">
        {t("articles.verdicts.heading")}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {VERDICTS.map((v) => {
          const content = (
            <>
              <VerdictBadge verdict={v} label={t(`verdict.${v}`)} size="sm" />
              <span className="tabular-nums">{formatNumber(locale, counts[v])}</span>
            </>
          );
          return (
            <li key={v}>
              {counts[v] > 0 ? (
                <Link
                  href={claimsListHref({ articleId, verdict: v })}
                  title={t("articles.verdicts.filterLink", { verdict: t(`verdict.${v}`), count: counts[v] })}
                  className="inline-flex items-center gap-1.5 rounded-full border border-gray-300 py-0.5 pr-2.5 pl-0.5 text-sm text-gray-900 hover:border-blue-700 hover:bg-blue-50"
                >
                  {content}
                </Link>
              ) : (
                <span className="inline-flex items-center gap-1.5 rounded-full border border-transparent py-0.5 pr-2.5 pl-0.5 text-sm text-gray-700">
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {total > 0 && (
        <Link
          href={claimsListHref({ articleId })}
          className="ml-auto text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          {t("articles.verdicts.seeAll", { count: total })}
        </Link>
      )}
    </section>
  );
}
