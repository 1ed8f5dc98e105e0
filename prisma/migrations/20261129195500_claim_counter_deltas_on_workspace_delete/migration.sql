-- A deleted workspace's claims append their removal to claim_counter_deltas (which has no foreign key,
-- so the cascade can append). Drop those rows with the workspace, or a workspace created later with the
-- same id (the synthetic generator's --replace) would inherit them. AFTER triggers on one event fire in
-- name order, and the cascades' "RI_ConstraintTrigger_…" sort before this one, so the claims (and
-- their deltas) are gone by the time it runs.
CREATE FUNCTION claim_counter_deltas_drop_workspace() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "claim_counter_deltas" WHERE "workspaceId" = OLD."id";
  RETURN NULL;
END $$;
CREATE TRIGGER workspaces_drop_counter_deltas AFTER DELETE ON "workspaces"
  FOR EACH ROW EXECUTE FUNCTION claim_counter_deltas_drop_workspace();
