import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "@/lib/auth/credentials";
import { createWorkspaceFixture, FIXTURE_PASSWORD, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
});

describe("signing in", () => {
  it("accepts the right password, case-insensitively on the email, and refuses a wrong one", async () => {
    const email = f.actors.reviewer.email.toUpperCase();
    expect(await checkCredentials(email, FIXTURE_PASSWORD)).toMatchObject({ ok: true, user: { id: f.actors.reviewer.userId } });
    expect(await checkCredentials(email, "not it")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@nowhere.test", FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down repeated failures for one account, even with the right password, until the delay passes", async () => {
    const { email, userId } = f.actors.viewer;
    const t0 = new Date();
    for (let i = 0; i < 5; i++) expect((await checkCredentials(email, "guess", t0)).ok).toBe(false);
    const blocked = await checkCredentials(email, FIXTURE_PASSWORD, t0);
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 });
    // Other accounts are not affected.
    expect((await checkCredentials(f.actors.editor.email, FIXTURE_PASSWORD, t0)).ok).toBe(true);
    const later = new Date(t0.getTime() + 3000);
    expect((await checkCredentials(email, FIXTURE_PASSWORD, later)).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).failedSignIns).toBe(0);
  });
});
