import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_IDS } from "@/lib/reports/registry";
import { translator } from "@/lib/i18n/translate";
import { EXPORT_FORMAT_NAMES, ZClaimsExportQuery, describeExportFilters, refusedFields } from "@/lib/exports/query";

describe("the export query", () => {
  it("offers exactly the registry's formats", () => {
    expect([...EXPORT_FORMAT_NAMES].sort()).toEqual([...EXPORT_FORMAT_IDS].sort());
  });

  it("names every refused parameter, unknown ones included", () => {
    const r = ZClaimsExportQuery.safeParse({ format: "csv", status: "done", page: "2", overdue: "yes" });
    expect(r.success).toBe(false);
    if (!r.success) expect(refusedFields(r.error).sort()).toEqual(["overdue", "page", "status"]);
  });

  it("describes filters in the reader's language", () => {
    const id = translator("id");
    expect(describeExportFilters({ verdict: "disputed", reviewer: "u1" }, id, { reviewer: "Rina" })).toBe(
      "putusan Diperdebatkan; diperiksa oleh Rina",
    );
    expect(describeExportFilters({}, translator("en"))).toBe("");
  });
});
