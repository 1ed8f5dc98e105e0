// Claims in other articles whose quote reads like this one (pg_trgm, lib/search/similar.ts).
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { similarClaims } from "@/lib/search/similar";
import { routes } from "@/lib/routes";
import type { TClaimDetail } from "@/lib/claims/queries";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { excerpt, linkClass, type TI18n } from "@/components/claims/format";

export async function SimilarClaims({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const actor = await requireActor();
  const similar = await similarClaims(actor, {
    text: claim.quote,
    articleId: claim.article.id,
    excludeClaimId: claim.id,
    limit: 5,
  });
  const { t } = i18n;
  return (
    <section
      aria-labelledby="similar-heading"
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="similar-claims"
    >
      <h2 id="similar-heading" className="text-lg font-semibold text-gray-950">
        {t("similar.heading")}
      </h2>
      {similar.length === 0 ? (
        <p className="text-sm text-gray-700">{t("similar.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {similar.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 rounded-md border border-gray-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <VerdictBadge verdict={s.verdict} label={t(`verdict.${s.verdict}`)} size="sm" />
                <span className="font-medium text-gray-950">{s.claimant}</span>
                <span className="text-xs text-gray-700">
                  {t("similar.score", { percent: Math.round(s.similarity * 100) })}
                </span>
              </div>
              <p>
                <Link href={routes.claim(s.id)} className={linkClass}>
                  “{excerpt(s.quote)}”
                </Link>
              </p>
              <p className="text-xs text-gray-700">
                <Link href={routes.article(s.article.id)} className={linkClass}>
                  {t("search.inArticle", { title: s.article.title })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
