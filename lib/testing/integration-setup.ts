// Integration tests run against a real PostgreSQL: the one scripts/test.ts started, or DATABASE_URL.
if (!process.env.DATABASE_URL) {
  throw new Error(
    "Integration tests need DATABASE_URL: run them with `npm test`, which starts a throwaway PostgreSQL.",
  );
}
