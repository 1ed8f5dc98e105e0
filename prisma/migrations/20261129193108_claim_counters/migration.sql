-- CreateTable
CREATE TABLE "claim_counters" (
    "workspaceId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "reviewStatus" "ReviewStatus" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "claim_counters_pkey" PRIMARY KEY ("workspaceId","verdict","reviewStatus")
);

-- CreateTable
CREATE TABLE "claim_counter_deltas" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "reviewStatus" "ReviewStatus" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "claim_counter_deltas_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_counter_deltas_workspaceId_idx" ON "claim_counter_deltas"("workspaceId");

-- AddForeignKey
ALTER TABLE "claim_counters" ADD CONSTRAINT "claim_counters_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The triggers: one statement-level trigger per kind of change, reading the statement's transition
-- tables, so a bulk insert or an article's cascade appends one row per (verdict, status) it moved, not
-- one per claim. They only INSERT into claim_counter_deltas: a claim writer never waits on a counter
-- row, so counters add no lock (and no deadlock) to any transaction that writes claims.
CREATE FUNCTION claim_counters_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "claim_counter_deltas" ("workspaceId", "verdict", "reviewStatus", "n")
  SELECT "workspaceId", "verdict", "reviewStatus", count(*)::int FROM new_rows GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;

CREATE FUNCTION claim_counters_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "claim_counter_deltas" ("workspaceId", "verdict", "reviewStatus", "n")
  SELECT "workspaceId", "verdict", "reviewStatus", -count(*)::int FROM old_rows GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;

-- Net change per key; a statement that moves nothing (a rationale edit) appends nothing.
CREATE FUNCTION claim_counters_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "claim_counter_deltas" ("workspaceId", "verdict", "reviewStatus", "n")
  SELECT "workspaceId", "verdict", "reviewStatus", sum(k)::int FROM (
    SELECT "workspaceId", "verdict", "reviewStatus", 1 AS k FROM new_rows
    UNION ALL
    SELECT "workspaceId", "verdict", "reviewStatus", -1 AS k FROM old_rows
  ) x GROUP BY 1, 2, 3 HAVING sum(k) <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER claim_counters_on_insert AFTER INSERT ON "claims"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_counters_add();
CREATE TRIGGER claim_counters_on_delete AFTER DELETE ON "claims"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_counters_remove();
CREATE TRIGGER claim_counters_on_update AFTER UPDATE ON "claims"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_counters_move();

-- Moves a workspace's deltas into its counter rows, in one transaction with the caller's statement.
-- Only one fold per workspace at a time (the others return at once); it holds no claim row, so it
-- cannot deadlock with claim writers. Deltas of a deleted workspace are just removed.
CREATE FUNCTION claim_counters_fold(ws text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('claim_counters_fold'), hashtext(ws)) THEN
    RETURN;
  END IF;
  WITH moved AS (
    DELETE FROM "claim_counter_deltas" WHERE "workspaceId" = ws RETURNING "verdict", "reviewStatus", "n"
  )
  INSERT INTO "claim_counters" ("workspaceId", "verdict", "reviewStatus", "n")
  SELECT ws, "verdict", "reviewStatus", sum("n")::int FROM moved
  WHERE EXISTS (SELECT 1 FROM "workspaces" w WHERE w."id" = ws)
  GROUP BY 2, 3 ORDER BY 2, 3
  ON CONFLICT ("workspaceId", "verdict", "reviewStatus") DO UPDATE SET "n" = "claim_counters"."n" + EXCLUDED."n";
END $$;

-- Claims that exist before this migration.
INSERT INTO "claim_counters" ("workspaceId", "verdict", "reviewStatus", "n")
SELECT "workspaceId", "verdict", "reviewStatus", count(*)::int FROM "claims" GROUP BY 1, 2, 3;
