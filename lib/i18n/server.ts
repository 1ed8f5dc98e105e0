import "server-only";
import { cookies, headers } from "next/headers";
import {
  isLocale,
  isTimeZone,
  localeFromAcceptLanguage,
  LOCALE_COOKIE,
  TIMEZONE_COOKIE,
  type Locale,
} from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** The reader's language: the remembered choice, else the browser's preference. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/** The reader's time zone as reported by their browser (see components/ui/TimeZoneCookie), else UTC. */
export async function getTimeZone(): Promise<string> {
  const tz = (await cookies()).get(TIMEZONE_COOKIE)?.value;
  return isTimeZone(tz) ? tz : "UTC";
}

export async function getI18n() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return { locale, timeZone, t: translator(locale) };
}
