import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getClaimDetail, getClaimSummary } from "@/lib/claims/queries";
import { listComments } from "@/lib/comments/comments";
import { getClaimReview, listAssignees } from "@/lib/reviews/queries";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";
import { ClaimWorkbench } from "@/components/claims/ClaimWorkbench";

type Props = { params: Promise<{ claimId: string }> };

// The layout has already checked the actor and the claim; both reads are cached for the request.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claimId } = await params;
  const actor = await requirePageActor(routes.claim(claimId));
  const [claim, { t }] = await Promise.all([orNotFound(getClaimSummary(actor, claimId)), getI18n()]);
  return { title: t("claim.pageTitle", { claimant: claim.claimant }) };
}

export default async function ClaimPage({ params }: Props) {
  const { claimId } = await params;
  const actor = await requirePageActor(routes.claim(claimId));
  const [claim, review, thread, assignees, i18n] = await Promise.all([
    orNotFound(getClaimDetail(actor, claimId)),
    orNotFound(getClaimReview(actor, claimId)),
    orNotFound(listComments(actor, { claimId })),
    can(actor, "claim.assign") ? listAssignees(actor) : Promise.resolve(null),
    getI18n(),
  ]);
  return (
    <ClaimWorkbench
      claim={claim}
      review={review}
      thread={thread}
      assignees={assignees}
      actor={{ id: actor.userId, name: actor.name, canComment: can(actor, "comment.add") }}
      i18n={i18n}
    />
  );
}
