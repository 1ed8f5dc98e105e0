// The one place environment variables are read and checked. Import `env` instead of process.env.
import { z } from "zod";

const ZEnv = z.object({
  // Optional here so `next build` can load modules without a database; lib/db.ts insists on it.
  DATABASE_URL: z.string().min(1).optional(),
  // Optional here so `next build` works without one; a serving process refuses to start without it
  // (instrumentation.ts) and authSecret() throws. There is deliberately no fallback secret.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // NODE_ENV is always "production" under `next start`; APP_ENV says whether this is a real deployment.
  APP_ENV: z.enum(["local", "test", "production"]).default("local"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Sign-in throttling: failures allowed before the delay starts, and the longest delay.
  SIGNIN_FREE_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(900),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export function env(): TEnv {
  cached ??= readEnv();
  return cached;
}

export const MISSING_AUTH_SECRET =
  "AUTH_SECRET is not set: refusing to serve. Set it to a random string of 32+ characters (e.g. `openssl rand -base64 32`); `npm start` makes one for local use.";

/** Why this configuration cannot serve requests, in one line; null when it can. */
export function servingConfigProblem(source: NodeJS.ProcessEnv = process.env): string | null {
  let parsed: TEnv;
  try {
    parsed = readEnv(source);
  } catch (e) {
    return (e as Error).message;
  }
  return parsed.AUTH_SECRET ? null : MISSING_AUTH_SECRET;
}

/** The secret that signs sessions. Throws without one: a known fallback would let anyone forge sessions. */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error(MISSING_AUTH_SECRET);
  return secret;
}
