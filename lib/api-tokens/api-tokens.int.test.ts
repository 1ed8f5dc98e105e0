import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  actorForApiToken,
  createApiToken,
  LAST_USED_RESOLUTION_MS,
  listApiTokens,
  revokeApiToken,
} from "@/lib/api-tokens/api-tokens";
import { hashApiToken } from "@/lib/api-tokens/tokens";
import { updateMember } from "@/lib/members/members";
import { addFixtureMember, refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, type Fixture } from "@/lib/testing/fixtures";

const DAY = 24 * 60 * 60 * 1000;
let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 1 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

describe("creating and listing tokens", () => {
  it("shows the token once; stores only its SHA-256; lists name, prefix, times and status, never a secret", async () => {
    const created = await createApiToken(f.actors.viewer, { name: "Newsletter script" });
    expect(created.token).toMatch(/^fct_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: "Newsletter script",
      status: "active",
      expiresAt: null,
      lastUsedAt: null,
    });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    expect(row).toMatchObject({
      userId: f.actors.viewer.userId,
      workspaceId: f.workspace.id,
      prefix: created.token.slice(0, 10),
    });

    const listed = await listApiTokens(f.actors.viewer);
    expect(listed.map((t) => t.id)).toContain(created.apiToken.id);
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(4));
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    // Only one's own tokens, and only in the current workspace.
    expect((await listApiTokens(f.actors.admin)).some((t) => t.id === created.apiToken.id)).toBe(false);
  });

  it("expires after the chosen number of days", async () => {
    const now = new Date("2026-01-10T12:00:00Z");
    const { token, apiToken } = await createApiToken(f.actors.reviewer, { name: "Week", expiresInDays: 7 }, now);
    expect(apiToken.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY));
    expect(await actorForApiToken(token, new Date(now.getTime() + 6 * DAY))).toMatchObject({ ok: true });
    expect(await actorForApiToken(token, new Date(now.getTime() + 7 * DAY))).toMatchObject({
      ok: false,
      refusal: "expired",
    });
    const later = await listApiTokens(f.actors.reviewer, new Date(now.getTime() + 8 * DAY));
    expect(later.find((t) => t.id === apiToken.id)?.status).toBe("expired");
  });
});

describe("a token acts as its owner", () => {
  it("in the token's workspace, with the owner's current role, touching lastUsedAt at most once a minute", async () => {
    const owner = await addFixtureMember(f, "reviewer");
    const { token, apiToken } = await createApiToken(owner, { name: "CI" });
    const t0 = new Date();
    const first = await actorForApiToken(token, t0);
    expect(first).toMatchObject({
      ok: true,
      tokenId: apiToken.id,
      actor: { userId: owner.userId, role: "reviewer", workspaceId: f.workspace.id, workspaceSlug: f.workspace.slug },
    });
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt;
    expect(await lastUsed()).toEqual(t0);
    await actorForApiToken(token, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toEqual(t0);
    const t1 = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS);
    await actorForApiToken(token, t1);
    expect(await lastUsed()).toEqual(t1);

    await updateMember(f.actors.admin, { userId: owner.userId, action: "changeRole", role: "viewer" });
    expect(await actorForApiToken(token)).toMatchObject({ ok: true, actor: { role: "viewer" } });
  });

  it("stops working at once when the owner is deactivated, and works again when reactivated", async () => {
    const owner = await addFixtureMember(f, "editor");
    const { token } = await createApiToken(owner, { name: "Dashboard" });
    await updateMember(f.actors.admin, { userId: owner.userId, action: "deactivate" });
    expect(await actorForApiToken(token)).toEqual({ ok: false, refusal: "ownerInactive" });
    await updateMember(f.actors.admin, { userId: owner.userId, action: "reactivate" });
    expect(await actorForApiToken(token)).toMatchObject({ ok: true, actor: { userId: owner.userId } });
  });

  it("is unknown when nobody made it", async () => {
    expect(await actorForApiToken(`fct_${"A".repeat(43)}`)).toEqual({ ok: false, refusal: "unknown" });
  });
});

describe("revoking", () => {
  it("revokes one's own token at once; someone else's is not found and stays as it was", async () => {
    const { token, apiToken } = await createApiToken(f.actors.editor, { name: "Old laptop" });
    const theirs = await createApiToken(other.actors.editor, { name: "Other desk" });

    expect(await refusal(revokeApiToken(f.actors.admin, { tokenId: apiToken.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(revokeApiToken(f.actors.editor, { tokenId: theirs.apiToken.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await actorForApiToken(token)).toMatchObject({ ok: true });
    expect(await actorForApiToken(theirs.token)).toMatchObject({ ok: true });

    const revoked = await revokeApiToken(f.actors.editor, { tokenId: apiToken.id });
    expect(revoked).toMatchObject({ id: apiToken.id, status: "revoked", revokedAt: expect.any(Date) });
    expect(await actorForApiToken(token)).toEqual({ ok: false, refusal: "revoked" });
    // Revoking again keeps the first time.
    const again = await revokeApiToken(f.actors.editor, { tokenId: apiToken.id });
    expect(again.revokedAt).toEqual(revoked.revokedAt);
  });
});
