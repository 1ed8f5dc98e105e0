// A moment shown in the reader's language and time zone, with the original instant kept in
// <time dateTime> (and as a tooltip), as DESIGN.md asks: "dates in the reader's time zone with the original kept".
import { formatDate, formatDateTime, type Locale } from "@/lib/i18n/locales";

type Props = { value: Date | string; locale: Locale; timeZone: string; mode?: "datetime" | "date"; className?: string };

export function LocalTime({ value, locale, timeZone, mode = "datetime", className }: Props) {
  const iso = new Date(value).toISOString();
  const text = mode === "date" ? formatDate(locale, value, timeZone) : dateTime(locale, value, timeZone);
  return (
    <time dateTime={iso} title={iso} className={className}>
      {text}
    </time>
  );
}

// TEMPORARY: lib's formatDateTime throws in every engine (Intl refuses `timeZoneName` together with
// `dateStyle`/`timeStyle`). Until lib/i18n/locales.ts is fixed, fall back to the same shape built from
// explicit fields. Delete this wrapper once formatDateTime works.
function dateTime(locale: Locale, d: Date | string, timeZone: string): string {
  try {
    return formatDateTime(locale, d, timeZone);
  } catch {
    return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(new Date(d));
  }
}
