import net from "node:net";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, HTTP_STATUS, type ErrorCode } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { assertSameOrigin, errorResponse, RETRY_AFTER_SECONDS } from "@/lib/http/errors";

function request(method: string, headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/claims/c1/verdict", { method, headers });
}

function refusal(fn: () => void): AppError | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e as AppError;
  }
}

describe("assertSameOrigin", () => {
  it("lets reads through from anywhere", () => {
    expect(
      refusal(() => assertSameOrigin(request("GET", { origin: "https://evil.example", host: "desk.example" }))),
    ).toBeNull();
    expect(
      refusal(() => assertSameOrigin(request("HEAD", { origin: "https://evil.example", host: "desk.example" }))),
    ).toBeNull();
  });

  it("lets writes through from the site's own pages, behind a proxy too, default ports included", () => {
    expect(
      refusal(() => assertSameOrigin(request("PUT", { origin: "http://127.0.0.1:3120", host: "127.0.0.1:3120" }))),
    ).toBeNull();
    expect(
      refusal(() =>
        assertSameOrigin(
          request("POST", {
            origin: "https://desk.example",
            host: "10.0.0.5:3000",
            "x-forwarded-host": "desk.example",
          }),
        ),
      ),
    ).toBeNull();
    expect(
      refusal(() => assertSameOrigin(request("DELETE", { origin: "https://desk.example", host: "desk.example:443" }))),
    ).toBeNull();
    expect(
      refusal(() => assertSameOrigin(request("POST", { origin: "https://Desk.Example", host: "desk.example" }))),
    ).toBeNull();
  });

  it("lets writes without Origin through (non-browser clients still need the session cookie)", () => {
    expect(refusal(() => assertSameOrigin(request("POST", { host: "desk.example" })))).toBeNull();
    expect(
      refusal(() => assertSameOrigin(request("POST", { host: "desk.example", "sec-fetch-site": "same-origin" }))),
    ).toBeNull();
  });

  it("refuses writes from other sites, other ports, opaque and garbage origins, with a coded error", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example", host: "desk.example" },
      { origin: "https://desk.example.evil.example", host: "desk.example" },
      { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3120" },
      { origin: "null", host: "desk.example" },
      { origin: "not a url", host: "desk.example" },
      { origin: "https://desk.example" }, // no host to compare with
      { host: "desk.example", "sec-fetch-site": "cross-site" }, // no Origin, but the browser says cross-site
    ];
    for (const headers of cases) {
      const e = refusal(() => assertSameOrigin(request("POST", headers)));
      expect(e, JSON.stringify(headers)).toBeInstanceOf(AppError);
      expect(e?.code).toBe("FORBIDDEN");
      expect(e?.messageKey).toBe("errors.forbidden.origin");
    }
  });
});

/** A port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => {
    srv.listen(0, "127.0.0.1", resolve);
  });
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => {
    srv.close(() => resolve());
  });
  return port;
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("errorResponse", () => {
  afterEach(() => vi.restoreAllMocks());

  it("maps each error code to its status: refusals are 4xx, only an unreachable dependency is 5xx", () => {
    expect(HTTP_STATUS).toEqual({
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      INVALID: 400,
      TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      THROTTLED: 429,
      UNAVAILABLE: 503,
    } satisfies Record<ErrorCode, number>);
  });

  it("answers a coded error with its status, the message in the reader's language and translated field messages", async () => {
    const res = await errorResponse(
      new AppError("INVALID", "errors.invalid", { fields: { rationale: "validation.invalidCharacters" } }),
      "id",
    );
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      error: {
        code: "INVALID",
        message: "Beberapa isian perlu diperbaiki.",
        fields: { rationale: "Hapus karakter kontrol (seperti NUL) atau karakter rusak dari teks ini." },
      },
    });
  });

  it("keeps the details a client needs to recover, and interpolates parameters", async () => {
    const current = { verdict: "verified", version: 4 };
    const conflict = await errorResponse(
      new AppError("CONFLICT", "errors.conflict.verdict", { details: { current } }),
      "en",
    );
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error.details).toEqual({ current });
    const large = await errorResponse(new AppError("TOO_LARGE", "errors.tooLarge", { params: { kb: 64 } }), "en");
    expect(large.status).toBe(413);
    expect((await large.json()).error.message).toBe(
      "The request is too large (the limit is 64 KB). Nothing was saved.",
    );
  });

  it("answers anything unexpected with a generic 500 that leaks nothing, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await errorResponse(new Error('relation "secret_table" does not exist'), "en");
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({
      error: { code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved; please try again." },
    });
    expect(JSON.stringify(body)).not.toContain("secret_table");
    expect(log).toHaveBeenCalled();
  });

  it("answers a database that cannot be reached (Prisma over pg, closed port) with 503, Retry-After and 'nothing was saved'", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/none` }),
    });
    try {
      for (const failure of [prisma.user.findFirst(), prisma.$transaction(async (tx) => tx.user.count())]) {
        const res = await errorResponse(await caught(failure), "en");
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
        expect(await res.json()).toEqual({
          error: {
            code: "UNAVAILABLE",
            message: "The database cannot be reached right now. Nothing was saved; please try again in a moment.",
          },
        });
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it("answers pg's own connection failure (no Prisma) with 503 too, in Indonesian for an Indonesian reader", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/none` });
    const res = await errorResponse(await caught(client.connect()), "id");
    expect(res.status).toBe(503);
    expect((await res.json()).error.message).toContain("Tidak ada yang tersimpan");
  });
});
