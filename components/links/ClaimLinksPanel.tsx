// The claim page's link tools (lib/links/): remove a current link, add one by searching, and the
// suggested links with one-click "Link as contradicts". Shown to those who may link (reviewers and up);
// the read-only list stays in LinkedClaims. The suggestions search the workspace, so they are loaded
// after the page, when they come into view (SuggestedLinks; decision 0023).
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { TClaimDetail } from "@/lib/claims/queries";
import { excerpt, type TI18n } from "@/components/claims/format";
import { LinkPicker } from "@/components/links/LinkPicker";
import { LinkActionButton } from "@/components/links/LinkActionButton";
import { SuggestedLinks } from "@/components/links/SuggestedLinks";

const HEADING_ID = "link-tools-heading";

export async function ClaimLinksPanel({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const actor = await requireActor();
  if (!can(actor, "claim.link")) return null;
  const { t } = i18n;
  return (
    <section
      aria-labelledby={HEADING_ID}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="link-tools"
    >
      <h2 id={HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-gray-950">
        {t("links.manage.heading")}
      </h2>

      {claim.links.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-gray-900">{t("links.current")}</h3>
          <ul className="flex flex-col gap-2">
            {claim.links.map((l) => {
              const relation = l.direction === "outgoing" ? t(`linkType.${l.type}`) : t(`linkType.incoming.${l.type}`);
              return (
                <li
                  key={`${l.direction}-${l.id}`}
                  className="flex flex-wrap items-center justify-between gap-2 text-sm"
                  data-testid="link-row"
                >
                  <span className="min-w-0">
                    <span className="font-medium">{relation}</span> · {l.other.claimant}: “{excerpt(l.other.quote, 80)}”
                  </span>
                  <LinkActionButton
                    action={{ kind: "remove", claimId: claim.id, linkId: l.id }}
                    label={t("links.remove")}
                    accessibleLabel={t("links.remove.label", { relation, claimant: l.other.claimant })}
                    done={t("links.remove.done")}
                    focusAfter={HEADING_ID}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <LinkPicker claimId={claim.id} />

      <SuggestedLinks claimId={claim.id} linkedIds={claim.links.map((l) => l.other.id)} focusAfter={HEADING_ID} />
    </section>
  );
}
