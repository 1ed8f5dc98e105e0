// Searches that read a share of the workspace run bounded (decision 0023): at most a few at once per
// process (so they never take more than a few of the pool's connections) and each in a batch
// transaction whose SET LOCAL statement_timeout cancels it past its limit; a cancelled or long-queued
// search is answered with the caller's "took too long" error. The pooled connection goes back with the
// server's defaults, since SET LOCAL ends with the transaction.
import "server-only";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createGate } from "@/lib/search/gate";

type ErrorLike = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { code?: unknown; driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown } } };
};

/** PostgreSQL's 57014 (statement timeout or cancel), however Prisma and its pg adapter wrap it. */
function isQueryCanceled(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const err = e as ErrorLike;
  const adapter = err.meta?.driverAdapterError?.cause;
  if (
    err.code === "57014" ||
    err.meta?.code === "57014" ||
    adapter?.code === "57014" ||
    adapter?.originalCode === "57014"
  )
    return true;
  if (typeof err.message === "string" && /canceling statement due to statement timeout/.test(err.message)) return true;
  return isQueryCanceled(err.cause, depth + 1);
}

export type BoundedSearch = <T>(
  timeoutMs: number,
  query: () => Prisma.PrismaPromise<T>,
  /** Other SET LOCAL statements the query needs (e.g. pg_trgm's threshold), run first. */
  settings?: readonly string[],
) => Promise<T>;

/** A runner for one kind of search: at most `maxConcurrent` at once, `tookTooLong` past the limit. */
export function boundedSearch(maxConcurrent: number, tookTooLong: () => AppError): BoundedSearch {
  const gate = createGate(maxConcurrent);
  return async (timeoutMs, query, settings = []) => {
    try {
      const results = await gate.run(timeoutMs, tookTooLong, () =>
        db.$transaction([
          ...settings.map((s) => db.$executeRawUnsafe(s)),
          db.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`),
          query(),
        ]),
      );
      return results.at(-1) as Awaited<ReturnType<typeof query>>;
    } catch (e) {
      if (isQueryCanceled(e)) throw tookTooLong();
      throw e;
    }
  };
}
