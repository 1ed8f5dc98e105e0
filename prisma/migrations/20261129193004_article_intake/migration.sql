-- Article intake (docs/decisions/0019): content hash per workspace for duplicate detection, article
-- version for body edits, the "quote no longer in the article" flag, and persisted claim suggestions.
-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'accepted', 'merged', 'rejected');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "quoteMissing" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "claim_suggestions" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "claimant" TEXT,
    "cue" TEXT,
    "category" TEXT NOT NULL,
    "quantities" JSONB NOT NULL,
    "dates" JSONB NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "claimId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_suggestions_articleId_startOffset_idx" ON "claim_suggestions"("articleId", "startOffset");

-- CreateIndex
CREATE UNIQUE INDEX "articles_workspaceId_contentHash_key" ON "articles"("workspaceId", "contentHash");

-- AddForeignKey
ALTER TABLE "claim_suggestions" ADD CONSTRAINT "claim_suggestions_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_suggestions" ADD CONSTRAINT "claim_suggestions_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_suggestions" ADD CONSTRAINT "claim_suggestions_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_suggestions" ADD CONSTRAINT "claim_suggestions_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
