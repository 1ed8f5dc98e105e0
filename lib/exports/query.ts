// What a claims export asks for: a format and the claims list's filters, plus a date range (when the
// verdict was given), a reviewer and the CSV separator. Strict, unlike the list page's lenient URL
// reading: an export is a file someone relies on, so an unknown format or filter value is refused with
// the field named rather than silently widening the selection. Client-safe.
import { z } from "zod";
import { CLAIM_CATEGORIES, REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import { LIMITS } from "@/lib/claims/schemas";
import { ZId, ZText } from "@/lib/http/text";

/** The export formats (lib/reports/registry.ts; a unit test keeps the two lists equal). */
export const EXPORT_FORMAT_NAMES = ["csv", "csv-semicolon", "ndjson", "jsonld", "markdown", "pdf"] as const;

const ZDay = z.iso.date({ error: "exports.invalid.date" });

export const ZClaimsExportQuery = z
  .strictObject(
    {
      format: z.enum(EXPORT_FORMAT_NAMES, { error: "exports.invalid.format" }),
      verdict: z.enum(VERDICTS, { error: "exports.invalid.verdict" }).optional(),
      category: z.enum(CLAIM_CATEGORIES, { error: "exports.invalid.category" }).optional(),
      articleId: ZId.optional(),
      claimant: ZText({ max: LIMITS.claimant, required: "validation.required" }).optional(),
      status: z.enum(REVIEW_STATUSES, { error: "exports.invalid.status" }).optional(),
      // "me", "none" (unassigned) or a user id, as on the claims list.
      assignee: ZId.optional(),
      overdue: z.enum(["1", "true", "0", "false"], { error: "exports.invalid.flag" }).optional(),
      /** Verdicts given on or after this day (UTC). */
      from: ZDay.optional(),
      /** Verdicts given on or before this day (UTC). */
      to: ZDay.optional(),
      /** Who gave the verdict: a user id, or "me". */
      reviewer: ZId.optional(),
      /** CSV only: "," (default) or ";" (Excel set to Indonesian). */
      separator: z.enum([",", ";"], { error: "exports.invalid.separator" }).optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "exports.invalid.unknownParameter" : undefined) },
  )
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "exports.invalid.range" })
  .refine((q) => !q.separator || q.format === "csv" || q.format === "csv-semicolon", {
    path: ["separator"],
    error: "exports.invalid.separatorFormat",
  });
export type TClaimsExportQuery = z.infer<typeof ZClaimsExportQuery>;

/** Which query keys were refused, for a 400 that names them (unknown keys are named themselves). */
export function refusedFields(error: z.ZodError): string[] {
  const names = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const k of issue.keys) names.add(k);
    else names.add(String(issue.path[0] ?? "query"));
  }
  return [...names];
}

/** The filters of a query (without format and separator), as stored in the export log. */
export function exportFilters(q: TClaimsExportQuery): Record<string, string> {
  const { format: _format, separator: _separator, ...filters } = q;
  return Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string"));
}
