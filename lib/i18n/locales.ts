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

// Building an Intl formatter costs far more than using one (the claims list formats ~150 moments per
// view; constructing them was ~13% of its CPU), so each (locale, style, zone) is built once per process.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** 14,000 in English, 14.000 in Indonesian. */
export function formatNumber(locale: Locale, n: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 4 })).format(
    n,
  );
}

const knownTimeZones = new Set<string>();
export function isTimeZone(tz: string | undefined): tz is string {
  if (!tz) return false;
  if (knownTimeZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    knownTimeZones.add(tz);
    return true;
  } catch {
    return false;
  }
}

/** Date and time in the reader's time zone, with the zone named so it is never ambiguous. */
export function formatDateTime(locale: Locale, d: Date | string, timeZone = "UTC"): string {
  // Explicit fields: Intl refuses timeZoneName together with dateStyle/timeStyle.
  const format = cached(
    `dt:${locale}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }),
  );
  return format.format(new Date(d));
}

/** A calendar date (claimed-at, publication day) shown as the date it is, not shifted by zones. */
export function formatDate(locale: Locale, d: Date | string, timeZone = "UTC"): string {
  const format = cached(
    `d:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }),
  );
  return format.format(new Date(d));
}
