import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, isApiTokenShaped, parseBearer, TOKEN_PREFIX } from "@/lib/api-tokens/tokens";

describe("API tokens", () => {
  it("are fct_ plus 32 random bytes, different every time, shown by a short prefix", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^fct_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token.slice(TOKEN_PREFIX.length), "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).toBe(a.token.slice(0, 10));
    expect(a.token.startsWith(a.prefix)).toBe(true);
  });

  it("are stored as their SHA-256, never as themselves", () => {
    const { token, hash } = generateApiToken();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiToken(token));
    expect(hash).not.toContain(token.slice(TOKEN_PREFIX.length, 20));
    // The standard SHA-256 test vector, so the stored hash is the plain digest other tools compute too.
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("are recognised by shape", () => {
    expect(isApiTokenShaped(generateApiToken().token)).toBe(true);
    expect(isApiTokenShaped(`fct_${"a".repeat(42)}`)).toBe(false);
    expect(isApiTokenShaped(`xyz_${"a".repeat(43)}`)).toBe(false);
    expect(isApiTokenShaped(`fct_${"a".repeat(42)}=`)).toBe(false);
  });

  it("come from a Bearer Authorization header; anything else there is malformed", () => {
    const { token } = generateApiToken();
    expect(parseBearer(null)).toEqual({ kind: "none" });
    expect(parseBearer(`Bearer ${token}`)).toEqual({ kind: "token", token });
    expect(parseBearer(`bearer  ${token} `)).toEqual({ kind: "token", token });
    expect(parseBearer("")).toEqual({ kind: "malformed" });
    expect(parseBearer("Bearer")).toEqual({ kind: "malformed" });
    expect(parseBearer(`Basic ${token}`)).toEqual({ kind: "malformed" });
    expect(parseBearer(`Bearer ${token} extra`)).toEqual({ kind: "malformed" });
    expect(parseBearer("Bearer not-a-token")).toEqual({ kind: "malformed" });
  });
});
