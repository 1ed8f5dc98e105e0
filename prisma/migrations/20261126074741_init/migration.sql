-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'reviewer', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('unreviewed', 'verified', 'disputed', 'contradicted');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('supports', 'refutes', 'context');

-- CreateEnum
CREATE TYPE "ClaimLinkType" AS ENUM ('contradicts', 'corroborates', 'updates');

-- CreateEnum
CREATE TYPE "QuantityQualifier" AS ENUM ('exact', 'about', 'at_least', 'up_to', 'more_than', 'less_than');

-- CreateTable
CREATE TABLE "workspaces" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lastFailedSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "slug" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "byline" TEXT,
    "dateline" TEXT,
    "imageCaption" TEXT,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "key" TEXT,
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "claimant" TEXT NOT NULL,
    "cue" TEXT,
    "category" TEXT NOT NULL,
    "claimedAt" DATE,
    "claimedAtNote" TEXT,
    "verdict" "Verdict" NOT NULL DEFAULT 'unreviewed',
    "rationale" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_quantities" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "qualifier" "QuantityQualifier" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "claim_quantities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "archivedUrl" TEXT,
    "excerpt" TEXT,
    "stance" "EvidenceStance" NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_links" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "fromClaimId" TEXT NOT NULL,
    "toClaimId" TEXT NOT NULL,
    "type" "ClaimLinkType" NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_events" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "workspaces_slug_key" ON "workspaces"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_workspaceId_idx" ON "memberships"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_userId_workspaceId_key" ON "memberships"("userId", "workspaceId");

-- CreateIndex
CREATE INDEX "articles_workspaceId_publishedAt_id_idx" ON "articles"("workspaceId", "publishedAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "articles_workspaceId_slug_key" ON "articles"("workspaceId", "slug");

-- CreateIndex
CREATE INDEX "claims_workspaceId_createdAt_id_idx" ON "claims"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_workspaceId_verdict_createdAt_id_idx" ON "claims"("workspaceId", "verdict", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_workspaceId_claimant_createdAt_id_idx" ON "claims"("workspaceId", "claimant", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_workspaceId_category_createdAt_id_idx" ON "claims"("workspaceId", "category", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_articleId_startOffset_idx" ON "claims"("articleId", "startOffset");

-- CreateIndex
CREATE UNIQUE INDEX "claims_articleId_key_key" ON "claims"("articleId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "claim_quantities_claimId_position_key" ON "claim_quantities"("claimId", "position");

-- CreateIndex
CREATE INDEX "evidence_claimId_createdAt_idx" ON "evidence"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "claim_links_toClaimId_idx" ON "claim_links"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "claim_links_fromClaimId_toClaimId_type_key" ON "claim_links"("fromClaimId", "toClaimId", "type");

-- CreateIndex
CREATE INDEX "claim_events_claimId_createdAt_idx" ON "claim_events"("claimId", "createdAt");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_quantities" ADD CONSTRAINT "claim_quantities_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guarantees the data model relies on that Prisma's schema language cannot state.
ALTER TABLE "claims" ADD CONSTRAINT "claims_offsets_check" CHECK ("startOffset" >= 0 AND "endOffset" > "startOffset");
ALTER TABLE "claims" ADD CONSTRAINT "claims_verdict_rationale_check"
  CHECK ("verdict" = 'unreviewed' OR ("rationale" IS NOT NULL AND length(btrim("rationale")) > 0));

-- Claim events are append-only: only the actor may be cleared (when a user is deleted).
CREATE FUNCTION claim_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id" OR NEW."claimId" IS DISTINCT FROM OLD."claimId"
     OR NEW."workspaceId" IS DISTINCT FROM OLD."workspaceId" OR NEW."action" IS DISTINCT FROM OLD."action"
     OR NEW."before"::text IS DISTINCT FROM OLD."before"::text OR NEW."after"::text IS DISTINCT FROM OLD."after"::text
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
     OR (NEW."actorId" IS DISTINCT FROM OLD."actorId" AND NEW."actorId" IS NOT NULL) THEN
    RAISE EXCEPTION 'claim_events is append-only';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER claim_events_no_update BEFORE UPDATE ON "claim_events"
  FOR EACH ROW EXECUTE FUNCTION claim_events_append_only();
