// Links within the claims list: the current filters with one change (the URL itself from lib/routes).
import { routes, type ClaimsListParams } from "@/lib/routes";

export function claimsListHref(filters: ClaimsListParams, change: ClaimsListParams = {}): string {
  // Cursors come only from `change`: any change of filter starts again at the first page.
  const { after: _a, before: _b, ...rest } = filters;
  return routes.claims({ ...rest, ...change });
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
