-- Sign-in throttling now lives in sign_in_throttles, keyed by email whether or not an account has it
-- (lib/auth/attempts.ts); these per-user counters are no longer read or written.
-- AlterTable
ALTER TABLE "users" DROP COLUMN "failedSignIns",
DROP COLUMN "lastFailedSignInAt";
