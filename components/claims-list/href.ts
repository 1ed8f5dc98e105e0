// URLs of the claims list: filters in a fixed order, defaults left out, so equal filters give equal URLs.
import { CLAIMS_PAGE_SIZE, type TClaimFilters } from "@/lib/claims/schemas";

type Filters = Partial<Pick<TClaimFilters, "verdict" | "category" | "articleId" | "claimant" | "pageSize" | "after" | "before">>;

export function claimsListHref(filters: Filters, change: Filters = {}): string {
  // Cursors come only from `change`: any change of filter starts again at the first page.
  const { after: _a, before: _b, ...rest } = filters;
  const f = { ...rest, ...change };
  const q = new URLSearchParams();
  if (f.verdict) q.set("verdict", f.verdict);
  if (f.articleId) q.set("articleId", f.articleId);
  if (f.claimant) q.set("claimant", f.claimant);
  if (f.category) q.set("category", f.category);
  if (f.pageSize && f.pageSize !== CLAIMS_PAGE_SIZE) q.set("pageSize", String(f.pageSize));
  if (f.after) q.set("after", f.after);
  else if (f.before) q.set("before", f.before);
  const s = q.toString();
  return s ? `/claims?${s}` : "/claims";
}

/** Search params as Next hands them (string | string[] | undefined) → the first value of each. */
export function firstValues(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}
