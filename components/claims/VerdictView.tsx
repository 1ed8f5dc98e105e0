// A verdict as it stands: label, who gave it, when, and the rationale. No hooks, no server-only
// imports: the server page and the client verdict panel both render it.
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";
import type { TVerdict } from "@/lib/claims/vocabulary";
import type { TI18n } from "@/components/claims/format";

export type ShownVerdict = {
  verdict: TVerdict;
  rationale: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | string | null;
};

export function VerdictView({ value, i18n }: { value: ShownVerdict; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  return (
    <div className="flex flex-col gap-3" data-testid="verdict-summary">
      <div>
        <VerdictBadge verdict={value.verdict} label={t(`verdict.${value.verdict}`)} />
      </div>
      {value.verdict === "unreviewed" && !value.reviewedAt ? (
        <p className="text-sm text-gray-700">{t("claim.verdict.none")}</p>
      ) : (
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-gray-700">{t("claim.verdict.reviewedBy")}</dt>
          <dd className="text-gray-900">{value.reviewedBy ?? t("common.unknown")}</dd>
          {value.reviewedAt && (
            <>
              <dt className="text-gray-700">{t("claim.verdict.reviewedAt")}</dt>
              <dd className="text-gray-900">
                <LocalTime value={value.reviewedAt} locale={locale} timeZone={timeZone} />
              </dd>
            </>
          )}
          <dt className="text-gray-700">{t("claim.verdict.rationale")}</dt>
          <dd className="break-words whitespace-pre-line text-gray-900">
            {value.rationale ? (
              value.rationale
            ) : (
              <span className="text-gray-700 italic">{t("claim.verdict.noRationale")}</span>
            )}
          </dd>
        </dl>
      )}
    </div>
  );
}
