import { describe, expect, it } from "vitest";
import { authRedirect, isAuthJsCallbackUrl, safeCallbackUrl } from "@/lib/auth/callback-url";

describe("the page to open after signing in", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackUrl("/claims")).toBe("/claims");
    expect(safeCallbackUrl("/claims?verdict=disputed&after=abc")).toBe("/claims?verdict=disputed&after=abc");
    expect(safeCallbackUrl("/claims/ckx1#evidence")).toBe("/claims/ckx1#evidence");
    expect(safeCallbackUrl("/articles/a1")).toBe("/articles/a1");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it("returns the path as the browser will resolve it", () => {
    expect(safeCallbackUrl("/claims/../articles")).toBe("/articles");
    expect(safeCallbackUrl("/./claims")).toBe("/claims");
  });

  it("refuses other sites, however the path disguises them", () => {
    for (const raw of [
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example/claims",
      "http:evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "/\n/evil.example",
      // Dot segments that only collapse into "//" once resolved.
      "/.//evil.example",
      "/%2e//evil.example",
      "/%2E//evil.example",
      "/a/..//evil.example",
      "/claims/../..//evil.example",
      "/%2e%2e//evil.example",
      "/claims/%2e%2e/%2e%2e//evil.example",
      "/./\\evil.example",
    ]) {
      expect(safeCallbackUrl(raw), raw).toBe("/claims");
    }
  });

  it("refuses anything that is not a relative path, and places not worth landing on", () => {
    for (const raw of [
      undefined,
      null,
      42,
      "",
      "claims",
      " /claims",
      "/signin",
      "/signin?callbackUrl=/claims",
      "/api/auth/signout",
      `/${"a".repeat(2001)}`,
    ]) {
      expect(safeCallbackUrl(raw), String(raw)).toBe("/claims");
    }
    expect(safeCallbackUrl("//evil.example", "/articles")).toBe("/articles");
  });
});

describe("Auth.js redirects", () => {
  const base = "http://127.0.0.1:3110";
  it("keep pages of this site, relative or absolute", () => {
    expect(authRedirect("/claims?verdict=disputed", base)).toBe(`${base}/claims?verdict=disputed`);
    expect(authRedirect(`${base}/articles/a1`, base)).toBe(`${base}/articles/a1`);
    expect(authRedirect("/signin", base)).toBe(`${base}/signin`);
  });

  it("send anything else to the site's root", () => {
    for (const url of [
      "/.//evil.example",
      "/%2e//evil.example",
      "/a/..//evil.example",
      "/claims/../..//evil.example",
      "//evil.example",
      "https://evil.example/claims",
      `${base}/.//evil.example`,
      "not a url",
    ]) {
      expect(authRedirect(url, base), url).toBe(base);
    }
  });
});

describe("the callback URL Auth.js itself accepts (anything else it answers with a 500)", () => {
  const origin = "http://127.0.0.1:3000";
  it("accepts paths and http(s) addresses", () => {
    expect(isAuthJsCallbackUrl("/claims", origin)).toBe(true);
    expect(isAuthJsCallbackUrl("http://localhost:3000", origin)).toBe(true);
    expect(isAuthJsCallbackUrl("https://evil.example/", origin)).toBe(true);
  });
  it("refuses what is not a URL or not http(s)", () => {
    expect(isAuthJsCallbackUrl("2147483647", origin)).toBe(false);
    expect(isAuthJsCallbackUrl("javascript:alert(1)", origin)).toBe(false);
    expect(isAuthJsCallbackUrl("", origin)).toBe(false);
  });
  it("sends a redirect with a non-string target home", () => {
    expect(authRedirect(2147483647, "http://localhost:3000")).toBe("http://localhost:3000");
  });
});
