import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { applyMigrations, diffMigrationsToSchema, isEmptyDiff, SCHEMA_PATH } from "@/scripts/lib/schema-engine";

const url = process.env.DATABASE_URL!;

describe("migrations", () => {
  it("are in sync with schema.prisma (no drift)", async () => {
    const sql = await diffMigrationsToSchema(url);
    // When this fails: run `npm run db:migration:new -- <name>` and commit the new migration.
    expect(sql, `schema.prisma has changes no migration covers:\n${sql}`).toSatisfy(isEmptyDiff);
  });

  it("are all applied, and applying again changes nothing", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("drift detection notices a model the migrations lack", async () => {
    const schema = fs.readFileSync(SCHEMA_PATH, "utf8") + "\nmodel DriftProbe {\n  id String @id\n}\n";
    const sql = await diffMigrationsToSchema(url, schema);
    expect(isEmptyDiff(sql)).toBe(false);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});
