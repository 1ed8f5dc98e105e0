// Text the desk writes in both languages (e.g. a note on how a claim's date was derived), stored as
// JSON {"en": …, "id": …} in a plain text column. Older rows hold one plain string in whatever
// language it was written; those are shown as they are, with no language claimed for them.
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const text = z.string().trim().min(1);
/** One text per interface language (the check below keeps it in step with LOCALES). */
export const ZLocalizedText = z.strictObject({ en: text, id: text }) satisfies z.ZodType<Record<Locale, string>>;
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

export function encodeLocalizedText(value: TLocalizedText): string {
  return JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, value[l]])));
}

/** What a stored value holds: both languages, one plain string of unknown language, or nothing. */
export type StoredText = { kind: "localized"; text: TLocalizedText } | { kind: "plain"; text: string };

export function decodeLocalizedText(stored: string | null | undefined): StoredText | null {
  if (stored == null || stored.trim() === "") return null;
  if (stored.trimStart().startsWith("{")) {
    try {
      const parsed = ZLocalizedText.safeParse(JSON.parse(stored));
      if (parsed.success) return { kind: "localized", text: parsed.data };
    } catch {
      // not JSON after all: a plain note that happens to start with a brace
    }
  }
  return { kind: "plain", text: stored };
}

/** The text in the reader's language, with that language for a `lang` attribute when it is known. */
export function textFor(value: StoredText | null, locale: Locale): { text: string; lang: Locale | undefined } | null {
  if (!value) return null;
  if (value.kind === "plain") return { text: value.text, lang: undefined };
  return { text: value.text[locale], lang: locale };
}
