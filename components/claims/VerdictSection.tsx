// The verdict as it stands, and for those allowed to set it the panel that changes it (others get a
// short why).
import type { TClaimDetail } from "@/lib/claims/queries";
import type { TI18n } from "@/components/claims/format";
import { VerdictView } from "@/components/claims/VerdictView";
import { VerdictPanel } from "@/components/claims/VerdictPanel";

export function VerdictSection({
  claim,
  correcting = false,
  actorName,
  i18n,
}: {
  claim: TClaimDetail;
  /** The verdict is signed off: changing it is a correction, with a reason. */
  correcting?: boolean;
  actorName: string;
  i18n: TI18n;
}) {
  const { t } = i18n;
  const current = {
    verdict: claim.verdict,
    rationale: claim.rationale,
    reviewedBy: claim.reviewedBy?.name ?? null,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    version: claim.version,
  };
  const refusal = claim.permissions.verdictRefusal;
  const why =
    refusal === "role"
      ? t("claim.verdict.readonly.viewer")
      : refusal === "assigned" && claim.assignee
        ? t("claim.verdict.readonly.assigned", { name: claim.assignee.name })
        : t("claim.verdict.readonly.other");
  return (
    <section
      aria-labelledby="verdict-heading"
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="verdict-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.verdict.heading")}
      </h2>
      {claim.permissions.setVerdict ? (
        <VerdictPanel
          key={claim.id}
          claimId={claim.id}
          current={current}
          correcting={correcting}
          actorName={actorName}
        />
      ) : (
        <>
          <VerdictView value={current} i18n={i18n} />
          <p
            className="rounded-md border border-gray-300 bg-gray-50 px-3 py-2 text-sm text-gray-800"
            data-testid="verdict-readonly"
          >
            {why}
          </p>
        </>
      )}
    </section>
  );
}
