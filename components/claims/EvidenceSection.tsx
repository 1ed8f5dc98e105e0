// The sources behind the verdict: each with its stance, excerpt and archived copy; removable and
// addable by those allowed to.
import { formatNumber } from "@/lib/i18n/locales";
import type { TClaimDetail } from "@/lib/claims/queries";
import { EvidenceForm } from "@/components/claims/EvidenceForm";
import { RemoveEvidenceButton } from "@/components/claims/RemoveEvidenceButton";
import { StanceLabel } from "@/components/claims/StanceLabel";
import { linkClass, type TI18n } from "@/components/claims/format";
import { LocalTime } from "@/components/ui/LocalTime";

export const EVIDENCE_HEADING_ID = "evidence-heading";

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

export function EvidenceSection({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale, timeZone } = i18n;
  const { evidence, permissions } = claim;
  return (
    <section
      aria-labelledby={EVIDENCE_HEADING_ID}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <div className="flex items-baseline gap-2">
        {/* Focus lands here after a removal, so keyboard users are not dropped at the top of the page. */}
        <h2 id={EVIDENCE_HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-gray-950">
          {t("claim.evidence.heading")}
        </h2>
        {evidence.length > 0 && (
          <span className="text-sm text-gray-700">({formatNumber(locale, evidence.length)})</span>
        )}
      </div>

      {evidence.length === 0 ? (
        <p className="text-sm text-gray-700">{t("claim.evidence.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {evidence.map((e) => {
            const host = hostOf(e.url);
            return (
              <li
                key={e.id}
                className="flex flex-col gap-2 rounded-md border border-gray-200 p-3"
                data-testid="evidence-item"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <a
                    href={e.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className={`${linkClass} min-w-0 font-medium break-words`}
                  >
                    {e.title}
                    <span className="sr-only"> {t("claim.opensInNewTab")}</span>
                    <span aria-hidden="true"> ↗</span>
                  </a>
                  <StanceLabel stance={e.stance} label={t(`stance.${e.stance}`)} />
                </div>
                {(e.publisher || host) && (
                  <p className="text-sm text-gray-700">
                    {e.publisher && <span className="text-gray-900">{e.publisher}</span>}
                    {e.publisher && host && " · "}
                    {host}
                  </p>
                )}
                {e.excerpt && (
                  <blockquote className="border-l-4 border-gray-300 pl-3 text-sm whitespace-pre-line text-gray-900">
                    {e.excerpt}
                  </blockquote>
                )}
                {e.archivedUrl && (
                  <p className="text-sm">
                    <a href={e.archivedUrl} target="_blank" rel="noopener noreferrer" className={linkClass}>
                      {t("claim.evidence.archived")}
                      <span className="sr-only"> {t("claim.opensInNewTab")}</span>
                      <span aria-hidden="true"> ↗</span>
                    </a>
                  </p>
                )}
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-xs text-gray-700">
                    {e.addedBy
                      ? t("claim.evidence.addedBy", { name: e.addedBy.name })
                      : t("claim.evidence.addedByUnknown")}
                    {" · "}
                    <LocalTime value={e.createdAt} locale={locale} timeZone={timeZone} />
                  </p>
                  {permissions.removeEvidence && (
                    <RemoveEvidenceButton
                      claimId={claim.id}
                      evidenceId={e.id}
                      title={e.title}
                      focusAfter={EVIDENCE_HEADING_ID}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {permissions.addEvidence && (
        <div className="flex flex-col gap-3 border-t border-gray-200 pt-4">
          <h3 className="text-base font-semibold text-gray-950">{t("claim.evidence.form.heading")}</h3>
          <EvidenceForm claimId={claim.id} />
        </div>
      )}
    </section>
  );
}
