// Claims related to this one: which way the relation goes, the other claim's verdict, who said it.
import Link from "next/link";
import { routes } from "@/lib/routes";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import type { TClaimDetail } from "@/lib/claims/queries";
import { excerpt, linkClass, type TI18n } from "@/components/claims/format";

export function LinkedClaims({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t } = i18n;
  return (
    <section
      aria-labelledby="links-heading"
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="links-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.links.heading")}
      </h2>
      {claim.links.length === 0 ? (
        <p className="text-sm text-gray-700">{t("claim.links.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {claim.links.map((l) => {
            const relation = l.direction === "outgoing" ? t(`linkType.${l.type}`) : t(`linkType.incoming.${l.type}`);
            const sameArticle = l.other.article.id === claim.article.id;
            return (
              <li
                key={`${l.direction}-${l.id}`}
                className="flex flex-col gap-1.5 rounded-md border border-gray-200 p-3"
                data-testid="linked-claim"
              >
                <p
                  className="text-xs font-semibold tracking-wide text-gray-700 uppercase"
                  data-link-type={l.type}
                  data-direction={l.direction}
                >
                  <span aria-hidden="true">
                    {l.type === "contradicts" ? "⇄ " : l.type === "corroborates" ? "⇉ " : "↻ "}
                  </span>
                  {relation}
                </p>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <VerdictBadge verdict={l.other.verdict} label={t(`verdict.${l.other.verdict}`)} size="sm" />
                  <span className="font-medium text-gray-950">{l.other.claimant}</span>
                </div>
                <p className="text-sm">
                  <Link href={routes.claim(l.other.id)} className={linkClass}>
                    “{excerpt(l.other.quote)}”
                  </Link>
                </p>
                {!sameArticle && (
                  <p className="text-xs text-gray-700">
                    <Link href={routes.article(l.other.article.id)} className={linkClass}>
                      {t("claim.links.inArticle", { title: l.other.article.title })}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
