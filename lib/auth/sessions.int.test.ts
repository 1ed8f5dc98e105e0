import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endAllSessions, endSessionsAtSignOut, sessionIsCurrent } from "@/lib/auth/sessions";
import { checkCredentials } from "@/lib/auth/credentials";
import { createWorkspaceFixture, FIXTURE_PASSWORD, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
});

const versionOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

/** The version a session issued now would carry (what sign-in puts in the cookie). */
async function signInVersion(email: string) {
  const r = await checkCredentials(email, FIXTURE_PASSWORD);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  return r.user.sessionVersion;
}

describe("ending sessions on the server", () => {
  it("endAllSessions makes every session issued before it stale, and only that user's", async () => {
    const { userId, email } = f.actors.reviewer;
    const issued = await signInVersion(email);
    const othersIssued = await signInVersion(f.actors.editor.email);
    expect(sessionIsCurrent(issued, await versionOf(userId))).toBe(true);

    await db.$transaction((tx) => endAllSessions(tx, userId));
    expect(sessionIsCurrent(issued, await versionOf(userId))).toBe(false);
    expect(sessionIsCurrent(othersIssued, await versionOf(f.actors.editor.userId))).toBe(true);
    // Signing in again gives a session that is current.
    expect(sessionIsCurrent(await signInVersion(email), await versionOf(userId))).toBe(true);
  });

  it("commits with the caller's transaction, or not at all", async () => {
    const { userId } = f.actors.viewer;
    const before = await versionOf(userId);
    await expect(
      db.$transaction(async (tx) => {
        await endAllSessions(tx, userId);
        throw new Error("the rest of the change failed");
      }),
    ).rejects.toThrow("the rest of the change failed");
    expect(await versionOf(userId)).toBe(before);
  });

  it("signing out ends the sessions, but a replayed old cookie cannot sign its owner out again", async () => {
    const { userId, email } = f.actors.admin;
    const issued = await signInVersion(email);
    expect(await endSessionsAtSignOut(userId, issued)).toBe(true);
    const fresh = await signInVersion(email);
    expect(fresh).toBe(issued + 1);
    expect(await endSessionsAtSignOut(userId, issued)).toBe(false);
    expect(sessionIsCurrent(fresh, await versionOf(userId))).toBe(true);
  });

  it("refuses tokens without a version, such as those issued before versions existed", () => {
    expect(sessionIsCurrent(undefined, 1)).toBe(false);
    expect(sessionIsCurrent("1", 1)).toBe(false);
  });
});
