import type { Locale } from "@/lib/i18n/locales";

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A stored language code usable as an HTML lang attribute, else undefined. */
export function langAttr(code: string): string | undefined {
  return TAG.test(code) ? code : undefined;
}

/** "Indonesian" / "Indonesia" for "id", in the reader's language; the code itself if unknown. */
export function languageName(locale: Locale, code: string): string {
  if (!langAttr(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
