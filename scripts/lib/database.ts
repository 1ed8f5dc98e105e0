// Which PostgreSQL the scripts use: DATABASE_URL when set, else the app's embedded one.
import path from "node:path";
import { ROOT } from "./schema-engine";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-db";

export const DEFAULT_DATA_DIR = path.join(ROOT, ".data/postgres");
export const DEFAULT_PG_PORT = 54329;

export async function openDatabase(log: (m: string) => void = console.log): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: process.env.FACTCHECK_DATA_DIR ? path.resolve(process.env.FACTCHECK_DATA_DIR) : DEFAULT_DATA_DIR,
    port: Number(process.env.FACTCHECK_PG_PORT ?? DEFAULT_PG_PORT),
    log,
  });
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
