import { describe, expect, it } from "vitest";
import { normaliseEmail, secondsUntilNextAttempt, signInDelaySeconds } from "@/lib/auth/throttle";

describe("sign-in throttling", () => {
  it("allows the free attempts, then doubles the wait up to the cap", () => {
    expect([0, 4].map((n) => signInDelaySeconds(n, 5, 900))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => signInDelaySeconds(n, 5, 900))).toEqual([2, 4, 8, 16]);
    expect(signInDelaySeconds(40, 5, 900)).toBe(900);
    expect(signInDelaySeconds(5000, 5, 900)).toBe(900);
  });

  it("counts the wait from the last failure", () => {
    const last = new Date("2025-04-28T10:00:00Z");
    const state = { failures: 6, lastFailedAt: last };
    expect(secondsUntilNextAttempt(state, new Date(last.getTime() + 1000), 5, 900)).toBe(3);
    expect(secondsUntilNextAttempt(state, new Date(last.getTime() + 4000), 5, 900)).toBe(0);
    expect(secondsUntilNextAttempt({ failures: 0, lastFailedAt: null }, last, 5, 900)).toBe(0);
  });

  it("throttles an address however it is typed", () => {
    expect(normaliseEmail("  Reviewer@Demo.TEST ")).toBe("reviewer@demo.test");
  });
});
