// The claim page's link tools (lib/links/): remove a current link, add one by searching, and the
// suggested links with one-click "Link as contradicts". Shown to those who may link (reviewers and up);
// the read-only list stays in LinkedClaims.
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { suggestedLinks, type SuggestedLink } from "@/lib/links/suggest";
import { formatNumber } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { TClaimDetail } from "@/lib/claims/queries";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { excerpt, linkClass, unitLabel, type TI18n } from "@/components/claims/format";
import { quantityName } from "@/components/quantities/names";
import { LinkPicker } from "@/components/links/LinkPicker";
import { LinkActionButton } from "@/components/links/LinkActionButton";

const HEADING_ID = "link-tools-heading";

function reasonText(s: SuggestedLink, i18n: TI18n): string {
  const { t, locale } = i18n;
  if (s.reason.kind === "denial") return t("links.suggested.denial", { words: s.reason.shared.join(", ") });
  const r = s.reason;
  const figure = (value: number, qualifier: string) =>
    qualifier === "exact"
      ? t("quantities.exactValue", { value: formatNumber(locale, value), unit: unitLabel(t, r.unit) })
      : t("quantities.value", {
          qualifier: t(`qualifier.${qualifier}`),
          value: formatNumber(locale, value),
          unit: unitLabel(t, r.unit),
        });
  return t("links.suggested.quantity", {
    quantity: quantityName(r.key, i18n),
    value: figure(r.value, r.qualifier),
    other: figure(r.otherValue, r.otherQualifier),
  });
}

export async function ClaimLinksPanel({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const actor = await requireActor();
  if (!can(actor, "claim.link")) return null;
  const suggestions = await suggestedLinks(actor, claim.id);
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

      {suggestions.length > 0 && (
        <div className="flex flex-col gap-2" data-testid="suggested-links">
          <h3 className="text-sm font-semibold text-gray-900">{t("links.suggested.heading")}</h3>
          <p className="text-xs text-gray-700">{t("links.suggested.intro")}</p>
          <ul className="flex flex-col gap-2">
            {suggestions.map((s) => (
              <li
                key={`${s.reason.kind}-${s.other.id}`}
                className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 sm:flex-row sm:items-start"
                data-testid="suggested-link"
              >
                <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
                  <p className="text-gray-950">{reasonText(s, i18n)}</p>
                  <div className="flex flex-wrap items-center gap-2">
                    <VerdictBadge verdict={s.other.verdict} label={t(`verdict.${s.other.verdict}`)} size="sm" />
                    <span className="font-medium text-gray-950">{s.other.claimant}</span>
                  </div>
                  <p>
                    <Link href={routes.claim(s.other.id)} className={linkClass}>
                      “{excerpt(s.other.quote, 160)}”
                    </Link>
                  </p>
                  <p className="text-xs text-gray-700">
                    {s.fromClaimId === claim.id
                      ? t("links.suggested.direction.from")
                      : t("links.suggested.direction.to")}
                  </p>
                </div>
                <LinkActionButton
                  action={{ kind: "add", fromClaimId: s.fromClaimId, toClaimId: s.toClaimId, type: "contradicts" }}
                  label={t("links.suggested.action")}
                  accessibleLabel={t("links.suggested.actionLabel", { claimant: s.other.claimant })}
                  done={t("links.add.done")}
                  focusAfter={HEADING_ID}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
