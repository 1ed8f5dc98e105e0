// The claim page as a workbench: the article text with the claim in place on one side, the review
// workflow, verdict, evidence, comments, related claims and history on the other. Two columns from lg
// up, stacked below. A live banner on top says when someone else changed the claim (LiveChanges).
import type { TClaimDetail } from "@/lib/claims/queries";
import type { CommentThread } from "@/lib/comments/comments";
import type { TClaimReview } from "@/lib/reviews/queries";
import { ClaimHeader } from "@/components/claims/ClaimHeader";
import { ClaimInArticle } from "@/components/claims/ClaimInArticle";
import { VerdictSection } from "@/components/claims/VerdictSection";
import { EvidenceSection } from "@/components/claims/EvidenceSection";
import { LinkedClaims } from "@/components/claims/LinkedClaims";
import { ClaimHistory } from "@/components/claims/ClaimHistory";
import { ReviewPanel, type AssigneeOption } from "@/components/claims/ReviewPanel";
import { ClaimComments } from "@/components/claims/ClaimComments";
import { LiveChanges } from "@/components/claims/LiveChanges";
import { ClaimLinksPanel } from "@/components/links/ClaimLinksPanel";
import { SimilarClaims } from "@/components/search/SimilarClaims";
import type { TI18n } from "@/components/claims/format";

type Props = {
  claim: TClaimDetail;
  review: TClaimReview;
  thread: CommentThread;
  assignees: AssigneeOption[] | null;
  actor: { id: string; name: string; canComment: boolean };
  i18n: TI18n;
};

export function ClaimWorkbench({ claim, review, thread, assignees, actor, i18n }: Props) {
  const latestEventId = claim.events[0]?.id ?? null;
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6" data-testid="claim-workbench">
      <LiveChanges
        key={`${claim.version}:${latestEventId}`}
        claimId={claim.id}
        version={claim.version}
        latestEventId={latestEventId}
        actorId={actor.id}
      />
      <ClaimHeader claim={claim} i18n={i18n} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <ClaimInArticle claim={claim} i18n={i18n} />
        <div className="flex min-w-0 flex-col gap-6">
          <ReviewPanel
            review={{
              id: review.id,
              version: review.version,
              reviewStatus: review.reviewStatus,
              priority: review.priority,
              dueAt: review.dueAt,
              overdue: review.overdue,
              changesNote: review.changesNote,
              assignee: review.assignee,
              signedOffBy: review.signedOffBy,
              signedOffAt: review.signedOffAt,
              corrections: review.corrections.map((c) => ({
                id: c.id,
                fromVerdict: c.fromVerdict,
                toVerdict: c.toVerdict,
                reason: c.reason,
                createdAt: c.createdAt,
                by: c.by,
              })),
              actions: review.actions,
            }}
            assignees={assignees}
          />
          <VerdictSection
            claim={claim}
            correcting={review.reviewStatus === "signed_off"}
            actorName={actor.name}
            i18n={i18n}
          />
          <EvidenceSection claim={claim} i18n={i18n} />
          <ClaimComments
            claimId={claim.id}
            thread={{
              comments: thread.comments.map((c) => ({ ...c, mentions: [...c.mentions] })),
              hasEarlier: thread.hasEarlier,
              mentionNames: thread.mentionNames,
            }}
            canComment={actor.canComment}
          />
          <LinkedClaims claim={claim} i18n={i18n} />
          <ClaimLinksPanel claim={claim} i18n={i18n} />
          <SimilarClaims key={claim.id} claimId={claim.id} />
          <ClaimHistory claim={claim} i18n={i18n} />
        </div>
      </div>
    </div>
  );
}
