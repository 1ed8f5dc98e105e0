// Recognises "the database cannot be reached right now" among the errors Prisma, its pg adapter and
// pg itself throw, so the API can answer 503 (try again) instead of 500 (our bug).

/** Prisma: can't reach server, timed out, operation timed out, server closed the connection, pool timeout, too many connections. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** @prisma/adapter-pg's driver error kinds for the same situations. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Node socket errors, as pg throws them when it is used directly. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);
/** pg's own messages for a connection that died or never came (they carry no code). */
const PG_MESSAGES =
  /Connection terminated (unexpectedly|due to connection timeout)|timeout exceeded when trying to connect/;

/** SQLSTATE: class 08 (connection exception), shutting down / starting up (57P01-03), too many connections (53300). */
function isUnavailableSqlState(code: unknown): boolean {
  return (
    typeof code === "string" &&
    (/^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300")
  );
}

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
};

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const err = e as ErrorLike;
  if (err.name === "PrismaClientInitializationError") return true;
  if (
    typeof err.code === "string" &&
    (PRISMA_CODES.has(err.code) || SOCKET_CODES.has(err.code) || isUnavailableSqlState(err.code))
  )
    return true;
  const adapter = err.meta?.driverAdapterError?.cause;
  if (
    adapter &&
    (ADAPTER_KINDS.has(String(adapter.kind)) ||
      isUnavailableSqlState(adapter.code) ||
      isUnavailableSqlState(adapter.originalCode))
  )
    return true;
  if (typeof err.message === "string" && PG_MESSAGES.test(err.message)) return true;
  return isDatabaseUnavailable(err.cause, depth + 1);
}
