// proxy.ts, called as Next calls it. The e2e suite checks the same behaviour through the built app.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const BASE = "http://127.0.0.1:3120";

function call(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(
    new NextRequest(`${BASE}${path}`, {
      method: init.method ?? "GET",
      headers: { host: "127.0.0.1:3120", ...init.headers },
    }),
  );
}

const csp = (res: Response) => res.headers.get("content-security-policy") ?? "";
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

describe("proxy: pages' security headers", () => {
  it("gives every page a CSP with a fresh nonce, and hands the same policy to Next (which nonces its scripts)", () => {
    const first = call("/claims");
    const second = call("/claims");
    const policy = csp(first);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(nonceOf(csp(second))).not.toBe(nonceOf(policy));
    // Next reads the nonce from the request's policy: the proxy overrides that request header.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-next")).toBe("1");
  });

  it("adds HSTS and upgrade-insecure-requests only over https", () => {
    const plain = call("/signin");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(csp(plain)).not.toContain("upgrade-insecure-requests");
    const behindTls = call("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(behindTls.headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(csp(behindTls)).toContain("upgrade-insecure-requests");
    const direct = proxy(new NextRequest("https://desk.example/signin", { headers: { host: "desk.example" } }));
    expect(direct.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});

describe("proxy: paths that name nothing", () => {
  it("shows the not-found page for a page path with broken percent-encoding or control characters", () => {
    for (const path of ["/claims/%ff", "/claims/%", "/articles/%E0%A4%A", "/claims/%00", "/claims/a%1bb"]) {
      const res = call(path);
      expect(new URL(res.headers.get("x-middleware-rewrite") ?? "http://x/").pathname, path).toBe("/_not-found");
      expect(csp(res), path).toContain("'nonce-"); // the not-found page runs Next's scripts too
    }
  });

  it("answers an API path with broken percent-encoding with a JSON 400 in the reader's language", async () => {
    const res = call("/api/claims/%ff/verdict", { method: "PUT", headers: { cookie: "locale=id" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "INVALID", message: "Alamat ini tidak sah (pengodean % rusak)." },
    });
  });

  it("leaves well-formed API paths to the route (which answers a bad id with a 404)", () => {
    const res = call("/api/claims/%00/verdict", { method: "PUT" });
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("proxy: writes to pages from another site", () => {
  it("refuses a foreign server action with a 403 and a message, not Next's bare 500", async () => {
    const res = call("/signin", {
      method: "POST",
      headers: { origin: "https://evil.example", "next-action": "7f00aa" },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: "FORBIDDEN", message: "This request came from another site and was refused." },
    });
  });

  it("refuses a plain cross-site form post with the message as text", async () => {
    const res = call("/claims", { method: "POST", headers: { origin: "null", "accept-language": "id-ID,id" } });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("Permintaan ini berasal dari situs lain dan ditolak.");
  });

  it("lets the site's own server actions through", () => {
    const res = call("/signin", { method: "POST", headers: { origin: BASE, "next-action": "7f00aa" } });
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.status).toBe(200);
  });
});
