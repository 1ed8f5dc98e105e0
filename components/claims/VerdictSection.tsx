// The verdict as it stands, and the form to set it for those allowed to (others get a short why).
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import type { TClaimDetail } from "@/lib/claims/queries";
import { VerdictForm } from "@/components/claims/VerdictForm";
import type { TI18n } from "@/components/claims/format";
import { LocalTime } from "@/components/ui/LocalTime";

export function VerdictSummary({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  return (
    <div className="flex flex-col gap-3" data-testid="verdict-summary">
      <div>
        <VerdictBadge verdict={claim.verdict} label={t(`verdict.${claim.verdict}`)} />
      </div>
      {claim.verdict === "unreviewed" && !claim.reviewedAt ? (
        <p className="text-sm text-gray-700">{t("claim.verdict.none")}</p>
      ) : (
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-gray-700">{t("claim.verdict.reviewedBy")}</dt>
          <dd className="text-gray-900">{claim.reviewedBy?.name ?? t("common.unknown")}</dd>
          {claim.reviewedAt && (
            <>
              <dt className="text-gray-700">{t("claim.verdict.reviewedAt")}</dt>
              <dd className="text-gray-900">
                <LocalTime value={claim.reviewedAt} locale={locale} timeZone={timeZone} />
              </dd>
            </>
          )}
          <dt className="text-gray-700">{t("claim.verdict.rationale")}</dt>
          <dd className="whitespace-pre-line text-gray-900">
            {claim.rationale ? claim.rationale : <span className="text-gray-700 italic">{t("claim.verdict.noRationale")}</span>}
          </dd>
        </dl>
      )}
    </div>
  );
}

export function VerdictSection({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t } = i18n;
  const canSet = claim.permissions.setVerdict;
  const refusal = claim.permissions.verdictRefusal;
  const why =
    refusal === "role"
      ? t("claim.verdict.readonly.viewer")
      : refusal === "assigned" && claim.assignee
        ? t("claim.verdict.readonly.assigned", { name: claim.assignee.name })
        : t("claim.verdict.readonly.other");
  return (
    <section aria-labelledby="verdict-heading" className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="verdict-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.verdict.heading")}
      </h2>
      <VerdictSummary claim={claim} i18n={i18n} />
      {canSet ? (
        <div className="flex flex-col gap-3 border-t border-gray-200 pt-4">
          <h3 className="text-base font-semibold text-gray-950">
            {claim.verdict === "unreviewed" ? t("claim.verdict.form.heading") : t("claim.verdict.form.headingChange")}
          </h3>
          <VerdictForm key={claim.id} claimId={claim.id} verdict={claim.verdict} rationale={claim.rationale} version={claim.version} />
        </div>
      ) : (
        <p className="rounded-md border border-gray-300 bg-gray-50 px-3 py-2 text-sm text-gray-800" data-testid="verdict-readonly">
          {why}
        </p>
      )}
    </section>
  );
}
