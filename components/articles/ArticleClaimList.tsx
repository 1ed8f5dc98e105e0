// The article's claims in reading order, numbered like the markers in the text, each a link to its page.
import Link from "next/link";
import { routes } from "@/lib/routes";
import type { TVerdict } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { VerdictBadge } from "@/components/ui/VerdictBadge";

type Claim = { id: string; n: number; quote: string; claimant: string; verdict: TVerdict; missing: boolean };

export async function ArticleClaimList({ claims, lang }: { claims: Claim[]; lang?: string }) {
  const { t, locale } = await getI18n();
  if (claims.length === 0) return <p className="text-sm text-gray-700">{t("articles.claims.none")}</p>;
  return (
    <ol className="flex flex-col gap-2">
      {claims.map((c) => (
        <li key={c.id}>
          <Link
            href={routes.claim(c.id)}
            prefetch={false}
            className="group flex gap-3 rounded-md border border-gray-200 bg-white p-3 hover:border-blue-700 hover:bg-blue-50/40"
          >
            <span
              aria-hidden="true"
              className="mt-0.5 w-6 shrink-0 text-right text-xs font-semibold text-gray-700 tabular-nums"
            >
              {formatNumber(locale, c.n)}
            </span>
            <span className="flex min-w-0 flex-col gap-1">
              <span className="flex flex-wrap items-center gap-2">
                <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
                <span className="text-sm font-medium text-gray-900">{c.claimant}</span>
              </span>
              <span lang={lang} className="line-clamp-2 text-sm text-gray-800 group-hover:text-blue-900">
                {c.quote}
              </span>
              {c.missing && <span className="text-xs font-medium text-red-800">{t("articles.claims.missing")}</span>}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
