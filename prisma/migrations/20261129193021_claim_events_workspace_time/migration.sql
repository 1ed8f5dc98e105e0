-- CreateIndex
CREATE INDEX "claim_events_workspaceId_createdAt_id_idx" ON "claim_events"("workspaceId", "createdAt" DESC, "id" DESC);
