// Indonesian or English? For articles added without a language.
// franc-min (trigram profiles) restricted to the two languages the desk works in: on every
// sentence of the seed and evaluation articles it is right, but on a few words it guesses
// ("Russia said on Monday" comes out Indonesian), so short texts get no answer at all.

import { francAll } from "franc-min";
import type { TLang } from "./quantities";

/** Below this many characters (after trimming) the answer is null: too little to tell. */
export const MIN_DETECT_LENGTH = 25;

const FROM_FRANC: Record<string, TLang> = { ind: "id", eng: "en" };

/** "id" or "en" for a text long enough to tell, else null. */
export function detectLanguage(text: string): TLang | null {
  const sample = text.trim();
  if (sample.length < MIN_DETECT_LENGTH) return null;
  const [[best, score]] = francAll(sample, { only: ["ind", "eng"], minLength: MIN_DETECT_LENGTH });
  return score > 0 ? (FROM_FRANC[best] ?? null) : null;
}
