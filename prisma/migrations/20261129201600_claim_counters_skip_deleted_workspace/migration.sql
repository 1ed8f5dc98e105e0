-- When a whole workspace is deleted, the cascade's statement trigger on claims fires after the
-- workspace's own row triggers, so the previous migration's clean-up ran too early and the removal
-- deltas stayed (a workspace made again with the same id inherited them). Instead, append nothing for
-- claims whose workspace is gone: its counters go with it anyway (foreign key, ON DELETE CASCADE).
CREATE OR REPLACE FUNCTION claim_counters_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "claim_counter_deltas" ("workspaceId", "verdict", "reviewStatus", "n")
  SELECT o."workspaceId", o."verdict", o."reviewStatus", -count(*)::int FROM old_rows o
  WHERE EXISTS (SELECT 1 FROM "workspaces" w WHERE w."id" = o."workspaceId")
  GROUP BY 1, 2, 3;
  RETURN NULL;
END $$;
