import { cache } from "react";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requirePageActor, type Actor } from "@/lib/auth/actor";
import { getClaimDetail } from "@/lib/claims/queries";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { ClaimWorkbench } from "@/components/claims/ClaimWorkbench";

type Props = { params: Promise<{ claimId: string }> };

/** The claim, or the not-found page; cached so metadata and page share one query per request. */
const loadClaim = cache(async (actor: Actor, claimId: string) => {
  try {
    return await getClaimDetail(actor, claimId);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});

const pathOf = (claimId: string) => `/claims/${encodeURIComponent(claimId)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claimId } = await params;
  const actor = await requirePageActor(pathOf(claimId));
  const [claim, { t }] = await Promise.all([loadClaim(actor, claimId), getI18n()]);
  return { title: t("claim.pageTitle", { claimant: claim.claimant }) };
}

export default async function ClaimPage({ params }: Props) {
  const { claimId } = await params;
  const actor = await requirePageActor(pathOf(claimId));
  const [claim, i18n] = await Promise.all([loadClaim(actor, claimId), getI18n()]);
  return <ClaimWorkbench claim={claim} i18n={i18n} />;
}
