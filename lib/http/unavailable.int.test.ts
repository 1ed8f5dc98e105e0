// A database that goes away under a running app: the API answers 503 with Retry-After, not 500.
// Uses a throwaway embedded PostgreSQL that the test stops; the shared test database is left alone.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/http/unavailable";
import { startEmbeddedPostgres, type RunningDatabase } from "@/scripts/lib/embedded-db";

async function freePort(): Promise<number> {
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

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the query to fail");
}

describe("a database that stops while the app holds connections to it", () => {
  let tmp: string;
  let db: RunningDatabase;
  let prisma: PrismaClient;
  let pool: pg.Pool;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-outage-"));
    fs.chmodSync(tmp, 0o755); // PostgreSQL runs as 'postgres' when we are root
    db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), throwaway: true });
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    pool = new pg.Pool({ connectionString: db.url });
    pool.on("error", () => {}); // idle clients lose their server when it stops; the queries below see it
    expect(await prisma.$queryRaw`SELECT 1 AS up`).toEqual([{ up: 1 }]);
    expect((await pool.query("SELECT 1 AS up")).rows).toEqual([{ up: 1 }]);
    await db.stop();
  });

  afterAll(async () => {
    await prisma?.$disconnect().catch(() => {});
    await pool?.end().catch(() => {});
    await db?.stop().catch(() => {});
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("answers Prisma's failure with 503, Retry-After and 'nothing was saved'", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const attempt of [
      () => prisma.$queryRaw`SELECT 1`,
      () => prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`),
    ]) {
      const e = await failure(attempt());
      expect(isDatabaseUnavailable(e), String(e)).toBe(true);
      const res = await errorResponse(e, "en");
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await res.json()).error).toEqual({
        code: "UNAVAILABLE",
        message: "The database cannot be reached right now. Nothing was saved; please try again in a moment.",
      });
    }
  });

  it("answers pg's failure (used directly) with 503 too", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const e = await failure(pool.query("SELECT 1"));
    expect(isDatabaseUnavailable(e), String(e)).toBe(true);
    expect((await errorResponse(e, "id")).status).toBe(503);
  });
});

describe("a database that is up but refuses a query", () => {
  it("is a bug (500), not an outage: NUL in text is refused by PostgreSQL, and the edge must stop it first", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const e = (await failure(client.query("SELECT $1::text", ["a\u0000b"]))) as { code?: string };
      expect(e.code).toBe("22021");
      expect(isDatabaseUnavailable(e)).toBe(false);
      expect((await errorResponse(e, "en")).status).toBe(500);
    } finally {
      await client.end();
    }
  });
});
