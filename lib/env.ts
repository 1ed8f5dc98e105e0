// The one place environment variables are read and checked. Import `env` instead of process.env.
import { z } from "zod";

/** Shipped in the README for local use only; a production start refuses it. */
export const DEMO_AUTH_SECRET = "local-demo-secret-change-me-in-production-0000";

const ZEnv = z
  .object({
    // Optional here so `next build` can load modules without a database; lib/db.ts insists on it.
    DATABASE_URL: z.string().min(1).optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    // NODE_ENV is always "production" under `next start`; APP_ENV says whether this is a real deployment.
    APP_ENV: z.enum(["local", "test", "production"]).default("local"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Sign-in throttling: failures allowed before the delay starts, and the longest delay.
    SIGNIN_FREE_ATTEMPTS: z.coerce.number().int().min(1).default(5),
    SIGNIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(900),
  })
  .superRefine((v, ctx) => {
    if (v.APP_ENV === "production" && (!v.AUTH_SECRET || v.AUTH_SECRET === DEMO_AUTH_SECRET)) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "a production start needs its own AUTH_SECRET (not the demo one)" });
    }
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

export function authSecret(): string {
  return env().AUTH_SECRET ?? DEMO_AUTH_SECRET;
}
