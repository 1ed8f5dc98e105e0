import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One pg Pool and one Prisma client over it, per process; cached on globalThis so dev reloads don't
// open a pool per edit. The exports check raw clients out of the same pool for their cursors
// (lib/exports/source.ts), so the process never holds more connections than the pool allows.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/** The process's one connection pool (the Prisma adapter's own), created on first use. */
export function pool(): pg.Pool {
  if (!globalForPrisma.pgPool) {
    const url = env().DATABASE_URL;
    if (!url)
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start`, which sets it (embedded PostgreSQL) when you have none.",
      );
    globalForPrisma.pgPool = new pg.Pool({ connectionString: url });
  }
  return globalForPrisma.pgPool;
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForPrisma.prisma;
}

/** The Prisma client, created on first use (so `next build` can load modules without a database). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
