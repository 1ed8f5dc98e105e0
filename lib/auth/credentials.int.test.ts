import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkCredentials, type PasswordVerifier } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { createWorkspaceFixture, FIXTURE_PASSWORD, uniq, type Fixture } from "@/lib/testing/fixtures";

let f: Fixture;
beforeAll(async () => {
  f = await createWorkspaceFixture({ claimCount: 1 });
});

/** The real Argon2 verifier, counting its calls. */
function countingVerifier() {
  const counter = {
    calls: 0,
    verify: (async (hash, password) => {
      counter.calls++;
      return verifyPassword(hash, password);
    }) as PasswordVerifier,
  };
  return counter;
}

const unknownEmail = () => `${uniq("nobody")}@nowhere.test`;
const throttleRow = (email: string) => db.signInThrottle.findUnique({ where: { email } });

describe("signing in", () => {
  it("accepts the right password, case-insensitively on the email, and refuses a wrong one", async () => {
    const { email, userId } = f.actors.reviewer;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await checkCredentials(email.toUpperCase(), FIXTURE_PASSWORD)).toEqual({
      ok: true,
      user: { id: userId, email, name: user.name, sessionVersion: user.sessionVersion },
    });
    expect(await checkCredentials(email, "not it")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(unknownEmail(), FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down repeated failures, refuses even the right password while waiting, and a success starts the count again", async () => {
    const { email } = f.actors.viewer;
    const { SIGNIN_FREE_ATTEMPTS } = env();
    const t0 = new Date();
    for (let i = 0; i < SIGNIN_FREE_ATTEMPTS; i++)
      expect(await checkCredentials(email, "guess", { now: t0 })).toEqual({ ok: false, reason: "invalid" });

    const v = countingVerifier();
    expect(await checkCredentials(email, FIXTURE_PASSWORD, { now: t0, verify: v.verify })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 2,
    });
    expect(
      await checkCredentials(email, FIXTURE_PASSWORD, { now: new Date(t0.getTime() + 1500), verify: v.verify }),
    ).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    expect(v.calls).toBe(0); // refused before any password was checked
    // Other accounts are not affected.
    expect((await checkCredentials(f.actors.editor.email, FIXTURE_PASSWORD, { now: t0 })).ok).toBe(true);

    const later = new Date(t0.getTime() + 3000);
    expect((await checkCredentials(email, FIXTURE_PASSWORD, { now: later })).ok).toBe(true);
    expect(await throttleRow(email)).toBeNull();
    // The count starts again: the free attempts are there once more.
    for (let i = 0; i < SIGNIN_FREE_ATTEMPTS; i++)
      expect(await checkCredentials(email, "guess", { now: later })).toEqual({ ok: false, reason: "invalid" });
    expect((await checkCredentials(email, FIXTURE_PASSWORD, { now: later })).ok).toBe(false);
  });

  it("checks at most the free attempts' passwords when 40 wrong ones arrive at once", async () => {
    const { email } = f.actors.admin;
    const { SIGNIN_FREE_ATTEMPTS } = env();
    const v = countingVerifier();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 40 }, () => checkCredentials(email, "guess", { now, verify: v.verify })),
    );
    expect(v.calls).toBeLessThanOrEqual(SIGNIN_FREE_ATTEMPTS);
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(v.calls);
    expect(results.filter((r) => r.ok === false && r.reason === "throttled")).toHaveLength(40 - v.calls);
    expect((await throttleRow(email))?.failures).toBe(v.calls);
    // The real user, arriving during the wait, is told to wait rather than let in or locked out longer.
    expect(await checkCredentials(email, FIXTURE_PASSWORD, { now })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 2,
    });
    expect((await checkCredentials(email, FIXTURE_PASSWORD, { now: new Date(now.getTime() + 2000) })).ok).toBe(true);
  });
});

describe("sign-in gives nothing away about which accounts exist", () => {
  it("throttles an unknown email exactly like a known one, by the address however it is typed", async () => {
    const { SIGNIN_FREE_ATTEMPTS } = env();
    const known = f.actors.reviewer2.email;
    const unknown = unknownEmail();
    const now = new Date();
    for (const email of [known, unknown]) {
      for (let i = 0; i < SIGNIN_FREE_ATTEMPTS; i++)
        expect(await checkCredentials(email, "guess", { now })).toEqual({ ok: false, reason: "invalid" });
      const v = countingVerifier();
      expect(await checkCredentials(` ${email.toUpperCase()} `, "guess", { now, verify: v.verify })).toEqual({
        ok: false,
        reason: "throttled",
        retryAfterSeconds: 2,
      });
      expect(v.calls, email).toBe(0); // and a throttled attempt costs the same (nothing) on both
    }
  });

  it("costs one password verification whether or not the account exists, when not throttled", async () => {
    for (const [email, password] of [
      [f.actors.editor.email, "guess"],
      [f.actors.editor.email, FIXTURE_PASSWORD],
      [unknownEmail(), "guess"],
      [unknownEmail(), FIXTURE_PASSWORD],
    ]) {
      const v = countingVerifier();
      await checkCredentials(email, password, { verify: v.verify });
      expect(v.calls, email).toBe(1);
    }
  });
});
