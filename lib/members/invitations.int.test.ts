import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import {
  acceptInvitation,
  createInvitation,
  describeInvitation,
  hashInvitationToken,
  listInvitations,
  revokeInvitation,
} from "@/lib/members/invitations";
import { updateMember } from "@/lib/members/members";
import { addFixtureMember, refusal } from "@/lib/members/testing";
import { createWorkspaceFixture, uniq, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
let other: Fixture;
beforeAll(async () => {
  [f, other] = await Promise.all([
    createWorkspaceFixture({ claimCount: 1 }),
    createWorkspaceFixture({ claimCount: 1 }),
  ]);
});

const PASSWORD = "joining the desk today";
const newcomer = () => ({ name: "Nina Newcomer", password: PASSWORD, email: `${uniq("join")}@fixture.test` });
const membersOf = (workspaceId: string) => db.membership.count({ where: { workspaceId } });

describe("creating invitation links", () => {
  it("returns the token once and stores only its hash", async () => {
    const { token, path, invitation } = await createInvitation(f.actors.admin, { role: "reviewer", expiresInDays: 7 });
    expect(path).toBe(`/invite/${token}`);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 5000);
    const listed = await listInvitations(f.actors.admin);
    expect(listed.find((i) => i.id === invitation.id)).toMatchObject({ status: "pending", role: "reviewer" });
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it("is for admins only", async () => {
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      expect(await refusal(createInvitation(f.actors[role], { role: "admin", expiresInDays: 7 }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal(listInvitations(f.actors[role]))).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("accepting an invitation", () => {
  it("signed out: creates the account with the invited role, and the link is spent", async () => {
    const { token } = await createInvitation(f.actors.admin, { role: "editor", expiresInDays: 3 });
    const who = newcomer();
    const joined = await acceptInvitation({ token, ...who }, null);
    expect(joined).toMatchObject({
      workspace: { slug: f.workspace.slug },
      role: "editor",
      email: who.email,
      newAccount: true,
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: who.email } });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(
      await db.membership.findUniqueOrThrow({
        where: { userId_workspaceId: { userId: user.id, workspaceId: f.workspace.id } },
      }),
    ).toMatchObject({ role: "editor" });
    expect(await describeInvitation(token)).toMatchObject({ status: "used", refusal: "members.invitation.used" });
    expect(await refusal(acceptInvitation({ token, ...newcomer() }, null))).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.used",
    });
  });

  it("signed in: the account joins with the invited role", async () => {
    const { token } = await createInvitation(f.actors.admin, { role: "reviewer", expiresInDays: 1 });
    const outsider = other.actors.editor;
    await acceptInvitation({ token }, outsider.userId);
    expect(
      await db.membership.findUniqueOrThrow({
        where: { userId_workspaceId: { userId: outsider.userId, workspaceId: f.workspace.id } },
      }),
    ).toMatchObject({ role: "reviewer" });
  });

  it("gives one of two people opening the same link at once the membership, the other a clear refusal", async () => {
    const { token } = await createInvitation(f.actors.admin, { role: "viewer", expiresInDays: 1 });
    const before = await membersOf(f.workspace.id);
    const [a, b] = [newcomer(), newcomer()];
    const results = await Promise.allSettled([
      acceptInvitation({ token, ...a }, null),
      acceptInvitation({ token, ...b }, null),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      messageKey: "members.invitation.used",
    });
    expect(await membersOf(f.workspace.id)).toBe(before + 1);
    // The loser's account was not left behind either.
    expect(await db.user.count({ where: { email: { in: [a.email, b.email] } } })).toBe(1);
  });

  it("refuses an expired, revoked or unknown link with its own message, and writes nothing", async () => {
    const now = new Date();
    const expired = await createInvitation(
      f.actors.admin,
      { role: "viewer", expiresInDays: 1 },
      new Date(now.getTime() - 2 * 24 * 3600 * 1000),
    );
    const revoked = await createInvitation(f.actors.admin, { role: "viewer", expiresInDays: 1 });
    await revokeInvitation(f.actors.admin, { invitationId: revoked.invitation.id });
    const before = await membersOf(f.workspace.id);
    const a = newcomer();
    expect(await refusal(acceptInvitation({ token: expired.token, ...a }, null))).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.expired",
    });
    expect(await refusal(acceptInvitation({ token: revoked.token, ...a }, null))).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.revoked",
    });
    expect(await refusal(acceptInvitation({ token: "x".repeat(43), ...a }, null))).toMatchObject({
      code: "NOT_FOUND",
      key: "members.invitation.invalid",
    });
    expect(await refusal(acceptInvitation({ token: revoked.token }, other.actors.viewer.userId))).toMatchObject({
      key: "members.invitation.revoked",
    });
    expect(await membersOf(f.workspace.id)).toBe(before);
    expect(await db.user.count({ where: { email: a.email } })).toBe(0);
    expect(await describeInvitation(expired.token)).toMatchObject({
      status: "expired",
      refusal: "members.invitation.expired",
      workspaceName: f.workspace.name,
    });
    expect(await describeInvitation(revoked.token)).toMatchObject({ status: "revoked" });
    const statuses = Object.fromEntries((await listInvitations(f.actors.admin)).map((i) => [i.id, i.status]));
    expect(statuses[expired.invitation.id]).toBe("expired");
    expect(statuses[revoked.invitation.id]).toBe("revoked");
  });

  it("holds an email-bound link to that account, and asks an existing account to sign in", async () => {
    const target = other.actors.reviewer;
    const { token } = await createInvitation(f.actors.admin, {
      role: "reviewer",
      email: target.email,
      expiresInDays: 7,
    });
    expect(await refusal(acceptInvitation({ token }, other.actors.viewer.userId))).toMatchObject({
      code: "FORBIDDEN",
      key: "members.invitation.otherEmail",
    });
    // Signed out, the email is the invitation's: it has an account, so they must sign in first.
    expect(
      await refusal(
        acceptInvitation({ token, name: "Someone", password: PASSWORD, email: `${uniq("x")}@fixture.test` }, null),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.accountExists",
    });
    expect(await describeInvitation(token)).toMatchObject({ status: "pending", email: target.email });
    await acceptInvitation({ token }, target.userId);
    expect(await describeInvitation(token)).toMatchObject({ status: "used" });
  });

  it("does not spend the link on someone already a member, and keeps deactivated members out", async () => {
    const { token } = await createInvitation(f.actors.admin, { role: "admin", expiresInDays: 7 });
    expect(await refusal(acceptInvitation({ token }, f.actors.viewer.userId))).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.alreadyMember",
    });
    const gone = await addFixtureMember(f, "viewer");
    await updateMember(f.actors.admin, { userId: gone.userId, action: "deactivate" });
    expect(await refusal(acceptInvitation({ token }, gone.userId))).toMatchObject({
      code: "FORBIDDEN",
      key: "members.invitation.deactivated",
    });
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { userId_workspaceId: { userId: gone.userId, workspaceId: f.workspace.id } },
        })
      ).role,
    ).toBe("viewer");
    expect(await describeInvitation(token)).toMatchObject({ status: "pending" });
  });

  it("needs a name, a password and (when the link names none) an email from someone signed out", async () => {
    const { token } = await createInvitation(f.actors.admin, { role: "viewer", expiresInDays: 7 });
    expect(await refusal(acceptInvitation({ token }, null))).toMatchObject({
      code: "INVALID",
      fields: {
        name: "members.validation.nameRequired",
        password: "validation.passwordRequired",
        email: "validation.emailRequired",
      },
    });
  });
});

describe("revoking", () => {
  it("revokes a pending link, refuses a used one, and does not reach another workspace's", async () => {
    const used = await createInvitation(f.actors.admin, { role: "viewer", expiresInDays: 7 });
    await acceptInvitation({ token: used.token, ...newcomer() }, null);
    expect(await refusal(revokeInvitation(f.actors.admin, { invitationId: used.invitation.id }))).toMatchObject({
      code: "CONFLICT",
      key: "members.invitation.alreadyUsed",
    });
    const theirs = await createInvitation(other.actors.admin, { role: "viewer", expiresInDays: 7 });
    expect(await refusal(revokeInvitation(f.actors.admin, { invitationId: theirs.invitation.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(revokeInvitation(f.actors.editor, { invitationId: theirs.invitation.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await describeInvitation(theirs.token)).toMatchObject({ status: "pending" });
  });
});
