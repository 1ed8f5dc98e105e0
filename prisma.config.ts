import { defineConfig } from "prisma/config";

// The CLI only needs the URL for commands that talk to a database; `prisma generate` must work in a
// fresh clone with nothing set, so fall back to a harmless placeholder instead of `env()` (which throws).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
