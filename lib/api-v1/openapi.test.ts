import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api-v1/openapi";

/** Every route file under app/api/v1, as an OpenAPI path: [claimId] → {claimId}. */
function routePaths(dir: string, base = "/api/v1"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return e.name === "route.ts" ? [base] : [];
    const segment = e.name.replace(/^\[(.+)\]$/, "{$1}");
    return routePaths(path.join(dir, e.name), `${base}/${segment}`);
  });
}

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 and describes exactly the route files under app/api/v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    const files = routePaths(path.resolve(import.meta.dirname, "../../app/api/v1")).sort();
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(files);
  });

  it("documents each route's GET, its path parameters, query filters and Bearer authentication", () => {
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      expect(item?.get?.operationId, p).toBeTruthy();
      const names = (item?.get?.parameters ?? []).map((x) => ("name" in x ? `${x.in}:${x.name}` : ""));
      for (const param of p.matchAll(/\{(\w+)\}/g)) expect(names, p).toContain(`path:${param[1]}`);
    }
    const claims = doc.paths?.["/api/v1/claims"]?.get;
    const params = (claims?.parameters ?? []).map((x) => ("name" in x ? x.name : ""));
    expect(params).toEqual(
      expect.arrayContaining([
        "verdict",
        "category",
        "articleId",
        "claimant",
        "status",
        "assignee",
        "after",
        "pageSize",
      ]),
    );
    const verdict = claims?.parameters?.find((x) => "name" in x && x.name === "verdict");
    expect(verdict && "schema" in verdict ? verdict.schema : null).toMatchObject({
      enum: ["unreviewed", "verified", "disputed", "contradicted"],
    });
    expect(claims?.responses?.["401"]).toBeTruthy();
    expect(doc.components?.securitySchemes?.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths?.["/api/v1/openapi.json"]?.get?.security).toEqual([]);
  });

  it("is plain JSON with the response schemas as components", () => {
    const json = JSON.parse(JSON.stringify(doc));
    expect(Object.keys(json.components.schemas)).toEqual(
      expect.arrayContaining(["Claim", "ClaimSummary", "Article", "Error"]),
    );
  });
});
