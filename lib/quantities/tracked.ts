// Which quantity a claimed figure is a figure of (decision 0020). A figure's claim category and unit
// say most of it ("troop_count" in "soldiers": troops sent); a small curated list names the quantities
// the desk follows and separates the ones that share a category and unit (reinforcements are a part of
// the troops sent, not a rival figure for them). Anything the list does not name is tracked by its
// category and unit, so no figure is left out of the tracker. Pure: the page, the links suggestions and
// tests share it.
import { CLAIM_CATEGORIES, type TClaimCategory } from "@/lib/claims/vocabulary";

export type TrackedDefinition = {
  key: string;
  category: string;
  unit: string;
  /** The figure's own words must (or must not) match this, e.g. "bala bantuan" for reinforcements. */
  textPattern?: RegExp;
  excludePattern?: RegExp;
};

const REINFORCEMENTS = /bala bantuan|reinforcement|tambahan pasukan/i;

/** The curated quantities, most specific first (the first that matches a figure wins). */
export const TRACKED_QUANTITIES: TrackedDefinition[] = [
  { key: "nk-reinforcements", category: "troop_count", unit: "soldiers", textPattern: REINFORCEMENTS },
  { key: "nk-troops-sent", category: "troop_count", unit: "soldiers", excludePattern: REINFORCEMENTS },
  { key: "nk-casualties", category: "casualty_report", unit: "soldiers" },
];

/** The tracked quantity a figure belongs to: a curated key, or "<category>.<unit>" for the rest. */
export function trackedKeyOf(figure: { category: string; unit: string; text: string }): string {
  for (const d of TRACKED_QUANTITIES) {
    if (d.category !== figure.category || d.unit !== figure.unit) continue;
    if (d.textPattern && !d.textPattern.test(figure.text)) continue;
    if (d.excludePattern && d.excludePattern.test(figure.text)) continue;
    return d.key;
  }
  return `${figure.category}.${figure.unit}`;
}

/** Whether the key is one of the curated ones (they have their own names in the catalogs). */
export function isCuratedKey(key: string): boolean {
  return TRACKED_QUANTITIES.some((d) => d.key === key);
}

/** The category and unit an uncurated key stands for; null for a key that is neither. */
export function parseGenericKey(key: string): { category: TClaimCategory; unit: string } | null {
  const dot = key.indexOf(".");
  if (dot < 0) return null;
  const category = key.slice(0, dot);
  const unit = key.slice(dot + 1);
  if (!(CLAIM_CATEGORIES as readonly string[]).includes(category) || !/^[a-z_]{1,40}$/.test(unit)) return null;
  return { category: category as TClaimCategory, unit };
}
