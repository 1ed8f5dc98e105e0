import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { addMember, listMembers, openAssignmentsOf, searchMembers, updateMember } from "@/lib/members/members";
import { addFixtureMember, refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, FIXTURE_PASSWORD, uniq, type Fixture } from "@/lib/testing/fixtures";

// The real session check (lib/auth/actor.ts requireActor) with two stand-ins for what only exists
// inside a Next request: the decoded session cookie and the workspace cookie.
const browser = vi.hoisted(() => ({
  session: null as null | { user: { id: string }; sessionVersion: number; expires: string },
  workspace: undefined as string | undefined,
}));
vi.mock("@/lib/auth/nextauth", () => ({ readSession: async () => browser.session }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (browser.workspace ? { value: browser.workspace } : undefined) }),
}));
const { requireActor } = await import("@/lib/auth/actor");
const { checkCredentials } = await import("@/lib/auth/credentials");

/** Signs in as a browser would (the password check issues the session version), preferring a workspace. */
async function signIn(email: string, workspaceSlug?: string) {
  const r = await checkCredentials(email, FIXTURE_PASSWORD);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  browser.session = { user: { id: r.user.id }, sessionVersion: r.user.sessionVersion, expires: "2999-01-01T00:00:00Z" };
  browser.workspace = workspaceSlug;
}

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 4 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

const membership = (userId: string, workspaceId = f.workspace.id) =>
  db.membership.findUniqueOrThrow({ where: { userId_workspaceId: { userId, workspaceId } } });

describe("listing and adding members", () => {
  it("lists every member for admins only, deactivated ones last", async () => {
    const gone = await addFixtureMember(f, "viewer", "Aaron Gone");
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    const rows = await listMembers(f.actors.admin);
    expect(rows.at(-1)).toMatchObject({ userId: gone.userId, deactivatedAt: expect.any(Date) });
    expect(rows.map((r) => r.userId)).toEqual(expect.arrayContaining(Object.values(f.actors).map((a) => a.userId)));
    expect(rows.some((r) => r.userId === other.actors.admin.userId)).toBe(false);
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      expect(await refusal(listMembers(f.actors[role]))).toMatchObject({
        code: "FORBIDDEN",
        key: "errors.forbidden.members.manage",
      });
    }
  });

  it("adds an existing account by email, in any letter case", async () => {
    const outsider = other.actors.viewer;
    const added = await addMember(f.actors.admin, {
      mode: "existing",
      email: outsider.email.toUpperCase().toLowerCase(),
      role: "reviewer",
    });
    expect(added).toMatchObject({ userId: outsider.userId, role: "reviewer" });
    expect((await membership(outsider.userId)).role).toBe("reviewer");
    expect(
      await refusal(addMember(f.actors.admin, { mode: "existing", email: outsider.email, role: "viewer" })),
    ).toMatchObject({ code: "CONFLICT", fields: { email: "members.error.alreadyMember" } });
    expect(
      await refusal(
        addMember(f.actors.admin, { mode: "existing", email: `${uniq("nobody")}@fixture.test`, role: "viewer" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", fields: { email: "members.error.noAccount" } });
  });

  it("creates a new account with an Argon2 hash of the admin's password", async () => {
    const email = `${uniq("new")}@fixture.test`;
    const added = await addMember(f.actors.admin, {
      mode: "new",
      email,
      name: "Nadia New",
      password: "a long enough passphrase",
      role: "editor",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "a long enough passphrase")).toBe(true);
    expect(added).toMatchObject({ userId: user.id, name: "Nadia New", role: "editor" });
    expect(
      await refusal(
        addMember(f.actors.admin, {
          mode: "new",
          email,
          name: "Again",
          password: "a long enough passphrase",
          role: "viewer",
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", fields: { email: "members.error.emailTaken" } });
  });

  it("refuses non-admins and says when the account is a deactivated member", async () => {
    expect(
      await refusal(addMember(f.actors.editor, { mode: "existing", email: other.actors.editor.email, role: "viewer" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    const gone = await addFixtureMember(f, "viewer");
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    expect(
      await refusal(addMember(f.actors.admin, { mode: "existing", email: gone.email, role: "viewer" })),
    ).toMatchObject({ code: "CONFLICT", fields: { email: "members.error.deactivatedMember" } });
  });
});

describe("roles", () => {
  it("lets an admin change a role, and nobody else", async () => {
    const m = await addFixtureMember(f, "reviewer");
    await updateMember(f.actors.admin, { userId: m.userId, action: "changeRole", role: "editor" });
    expect((await membership(m.userId)).role).toBe("editor");
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      expect(
        await refusal(updateMember(f.actors[role], { userId: m.userId, action: "changeRole", role: "admin" })),
      ).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await membership(m.userId)).role).toBe("editor");
  });

  it("does not reach another workspace's member", async () => {
    expect(
      await refusal(updateMember(f.actors.admin, { userId: other.actors.editor.userId, action: "deactivate" })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(openAssignmentsOf(f.actors.admin, other.actors.editor.userId))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await membership(other.actors.editor.userId, other.workspace.id)).deactivatedAt).toBeNull();
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated, not even by themself", async () => {
    const solo = await createWorkspaceFixture({ claimCount: 1 });
    const admin = solo.actors.admin;
    expect(
      await refusal(updateMember(admin, { userId: admin.userId, action: "changeRole", role: "editor" })),
    ).toMatchObject({ code: "CONFLICT", key: "members.error.lastAdmin" });
    expect(await refusal(updateMember(admin, { userId: admin.userId, action: "deactivate" }))).toMatchObject({
      code: "CONFLICT",
      key: "members.error.lastAdmin",
    });
    expect(await membership(admin.userId, solo.workspace.id)).toMatchObject({ role: "admin", deactivatedAt: null });
    // A deactivated admin does not count: with one active and one deactivated admin, the active one is still the last.
    const dormant = await addFixtureMember(solo, "admin");
    await updateMember(admin, { userId: dormant.userId, action: "deactivate" });
    expect(
      await refusal(updateMember(admin, { userId: admin.userId, action: "changeRole", role: "viewer" })),
    ).toMatchObject({ code: "CONFLICT" });
    // With a second active admin it is allowed.
    await updateMember(admin, { userId: dormant.userId, action: "reactivate" });
    await updateMember(admin, { userId: admin.userId, action: "changeRole", role: "editor" });
    expect((await membership(admin.userId, solo.workspace.id)).role).toBe("editor");
  });

  it("survives two admins demoting or deactivating each other at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      const ws = await createWorkspaceFixture({ claimCount: 1 });
      const a = ws.actors.admin;
      const b = await addFixtureMember(ws, "admin");
      const results = await Promise.allSettled([
        updateMember(a, { userId: b.userId, action: round % 2 ? "deactivate" : "changeRole", role: "editor" } as never),
        updateMember(b, { userId: a.userId, action: "changeRole", role: "reviewer" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ code: "CONFLICT", messageKey: "members.error.lastAdmin" });
      const admins = await db.membership.count({
        where: { workspaceId: ws.workspace.id, role: "admin", deactivatedAt: null },
      });
      expect(admins, `round ${round}`).toBe(1);
    }
  });
});

describe("deactivating a member", () => {
  it("ends their sessions at once, keeps them out of the workspace, and lists their open assignments", async () => {
    const r = await addFixtureMember(f, "reviewer");
    await db.membership.create({
      data: {
        userId: r.userId,
        workspaceId: other.workspace.id,
        role: "viewer",
        createdAt: new Date(Date.now() + 1000),
      },
    });
    const [open1, open2, done] = f.claims;
    await db.claim.update({
      where: { id: open1.id },
      data: { assigneeId: r.userId, reviewStatus: "in_review", dueAt: new Date("2030-01-02T00:00:00Z") },
    });
    await db.claim.update({ where: { id: open2.id }, data: { assigneeId: r.userId, reviewStatus: "open" } });
    await db.claim.update({ where: { id: done.id }, data: { assigneeId: r.userId, reviewStatus: "signed_off" } });
    await signIn(r.email, f.workspace.slug);
    expect((await requireActor()).workspaceId).toBe(f.workspace.id);

    const result = await updateMember(f.actors.admin, { userId: r.userId, action: "deactivate" });

    // The session they had is over.
    expect(await refusal(requireActor())).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(result.member.deactivatedAt).toBeInstanceOf(Date);
    expect(result.openAssignments?.claims.map((c) => c.id)).toEqual([open1.id, open2.id]);
    expect(result.openAssignments?.total).toBe(2);
    // Signing in again, even asking for this workspace, lands them in their other one.
    await signIn(r.email, f.workspace.slug);
    expect((await requireActor()).workspaceId).toBe(other.workspace.id);
    expect(await openAssignmentsOf(f.actors.editor, r.userId)).toMatchObject({ total: 2 });
    // Deactivated members drop out of the mention search.
    expect((await searchMembers(f.actors.reviewer, { q: r.name })).map((m) => m.userId)).not.toContain(r.userId);

    await updateMember(f.actors.admin, { userId: r.userId, action: "reactivate" });
    expect((await requireActor()).workspaceId).toBe(f.workspace.id);
  });

  it("leaves a member with no other workspace signed in to nothing", async () => {
    const r = await addFixtureMember(f, "editor");
    await updateMember(f.actors.admin, { userId: r.userId, action: "deactivate" });
    await signIn(r.email, f.workspace.slug);
    expect(await refusal(requireActor())).toMatchObject({ code: "FORBIDDEN", key: "errors.noWorkspace" });
  });

  it("lets editors see open assignments but not reviewers", async () => {
    expect(await refusal(openAssignmentsOf(f.actors.reviewer, f.actors.reviewer2.userId))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await openAssignmentsOf(f.actors.editor, f.actors.reviewer2.userId)).toMatchObject({ total: 0, claims: [] });
  });
});

describe("searching members for @mentions", () => {
  it("matches active members by name, a word of the name, or email prefix, in any case, bounded", async () => {
    const tag = uniq("zq").replace("-", "");
    const dewi = await addFixtureMember(f, "reviewer", `${tag}dewi Sari`);
    const budi = await addFixtureMember(f, "editor", `Budi ${tag}bud`);
    const byName = await searchMembers(f.actors.viewer, { q: `${tag.toUpperCase()}DEW` });
    expect(byName.map((m) => m.userId)).toEqual([dewi.userId]);
    const byWord = await searchMembers(f.actors.viewer, { q: `${tag}bu` });
    expect(byWord.map((m) => m.userId)).toEqual([budi.userId]);
    const byEmail = await searchMembers(f.actors.viewer, { q: f.actors.reviewer2.email.slice(0, 12).toUpperCase() });
    expect(byEmail.map((m) => m.userId)).toContain(f.actors.reviewer2.userId);
    // No infix matches, and LIKE wildcards are literal.
    expect(await searchMembers(f.actors.viewer, { q: `ewi Sari` })).toHaveLength(0);
    expect(await searchMembers(f.actors.viewer, { q: "%" })).toHaveLength(0);
    expect(await searchMembers(f.actors.viewer, { q: "_" })).toHaveLength(0);
    const percent = await addFixtureMember(f, "viewer", `${tag}50%_off Wati`);
    expect((await searchMembers(f.actors.viewer, { q: `${tag}50%_` })).map((m) => m.userId)).toEqual([percent.userId]);
    expect(await searchMembers(f.actors.viewer, { q: `${tag}5_%` })).toHaveLength(0);
    expect(await searchMembers(f.actors.viewer, { q: "", limit: 3 })).toHaveLength(3);
    // Never another workspace's people.
    expect(await searchMembers(f.actors.viewer, { q: other.actors.editor.name })).toHaveLength(0);
  });
});
