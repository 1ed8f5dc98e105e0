// The claim page as a workbench: the article text with the claim in place on one side, the verdict,
// evidence, related claims and history on the other. Two columns from lg up, stacked below.
import type { TClaimDetail } from "@/lib/claims/queries";
import { ClaimHeader } from "@/components/claims/ClaimHeader";
import { ClaimInArticle } from "@/components/claims/ClaimInArticle";
import { VerdictSection } from "@/components/claims/VerdictSection";
import { EvidenceSection } from "@/components/claims/EvidenceSection";
import { LinkedClaims } from "@/components/claims/LinkedClaims";
import { ClaimHistory } from "@/components/claims/ClaimHistory";
import { ClaimLinksPanel } from "@/components/links/ClaimLinksPanel";
import { SimilarClaims } from "@/components/search/SimilarClaims";
import type { TI18n } from "@/components/claims/format";

export function ClaimWorkbench({ claim, actorName, i18n }: { claim: TClaimDetail; actorName: string; i18n: TI18n }) {
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6" data-testid="claim-workbench">
      <ClaimHeader claim={claim} i18n={i18n} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <ClaimInArticle claim={claim} i18n={i18n} />
        <div className="flex min-w-0 flex-col gap-6">
          <VerdictSection claim={claim} actorName={actorName} i18n={i18n} />
          <EvidenceSection claim={claim} i18n={i18n} />
          <LinkedClaims claim={claim} i18n={i18n} />
          <ClaimLinksPanel claim={claim} i18n={i18n} />
          <SimilarClaims claim={claim} i18n={i18n} />
          <ClaimHistory claim={claim} i18n={i18n} />
        </div>
      </div>
    </div>
  );
}
