// Access and existence are settled here, before anything streams: a signed-out request is a redirect
// to sign in and a claim that is not in the reader's workspace a real 404. The workbench's loading
// state (loading.tsx, below this layout) only ever shows for a claim that is there.
import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/actor";
import { getClaimSummary } from "@/lib/claims/queries";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";

type Props = { children: ReactNode; params: Promise<{ claimId: string }> };

export default async function ClaimLayout({ children, params }: Props) {
  const { claimId } = await params;
  const actor = await requirePageActor(routes.claim(claimId));
  await orNotFound(getClaimSummary(actor, claimId));
  return children;
}
