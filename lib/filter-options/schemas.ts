// The claims list's search-as-you-type filter fields ask GET /api/filter-options for a few matches.
import { z } from "zod";
import { ZText } from "@/lib/http/text";

export const FILTER_OPTION_KINDS = ["claimant", "article"] as const;
export const FILTER_OPTIONS_MAX = 20;

export const ZFilterOptions = z.object({
  kind: z.enum(FILTER_OPTION_KINDS),
  q: ZText({ max: 100 }).default(""),
  limit: z.coerce.number().int().min(1).max(FILTER_OPTIONS_MAX).default(8).catch(8),
});
export type TFilterOptions = z.infer<typeof ZFilterOptions>;

/** One suggestion: the value the filter takes, the text shown, and a line under it. */
export type FilterOption = { value: string; label: string; detail: string | null };
