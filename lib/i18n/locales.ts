// Locales and formatting, pure (usable on server and client).
export const LOCALES = ["en", "id"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";
export const TIMEZONE_COOKIE = "tz";

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

/** Picks the first supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (tag === "id" || tag === "in") return "id";
    if (tag === "en") return "en";
  }
  return DEFAULT_LOCALE;
}

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", id: "id-ID" };

/** 14,000 in English, 14.000 in Indonesian. */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 4 }).format(n);
}

export function isTimeZone(tz: string | undefined): tz is string {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Date and time in the reader's time zone, with the zone named so it is never ambiguous. */
export function formatDateTime(locale: Locale, d: Date | string, timeZone = "UTC"): string {
  // Explicit fields: Intl refuses timeZoneName together with dateStyle/timeStyle.
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(d));
}

/** A calendar date (claimed-at, publication day) shown as the date it is, not shifted by zones. */
export function formatDate(locale: Locale, d: Date | string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(new Date(d));
}
