// Small pure helpers shared by the claim page's server and client components.
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { GIVEN_VERDICTS, VERDICTS, type TGivenVerdict, type TVerdict } from "@/lib/claims/vocabulary";

/** What server components get instead of useI18n(): the same three things. */
export type TI18n = { locale: Locale; timeZone: string; t: Translate };

export function isVerdict(v: unknown): v is TVerdict {
  return typeof v === "string" && (VERDICTS as readonly string[]).includes(v);
}

export function isGivenVerdict(v: unknown): v is TGivenVerdict {
  return typeof v === "string" && (GIVEN_VERDICTS as readonly string[]).includes(v);
}

/** A unit as the reader's language writes it; units the catalog doesn't know are shown as stored. */
export function unitLabel(t: Translate, unit: string): string {
  const key = `claim.unit.${unit}`;
  const label = t(key);
  return label === key ? unit : label;
}

/** Cuts long text at a word boundary, adding an ellipsis. */
export function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** A calendar date (no time) for <time dateTime>, e.g. 2025-04-28. */
export function isoDate(d: Date | string): string {
  return new Date(d).toISOString().slice(0, 10);
}

export const linkClass =
  "text-blue-800 underline decoration-1 underline-offset-2 hover:text-blue-950 hover:decoration-2";
