// A moment shown in the reader's language and time zone, with the original instant kept in
// <time dateTime> (and as a tooltip), as docs/design.md asks: "dates in the reader's time zone with the original kept".
import { formatDate, formatDateTime, type Locale } from "@/lib/i18n/locales";

type Props = { value: Date | string; locale: Locale; timeZone: string; mode?: "datetime" | "date"; className?: string };

export function LocalTime({ value, locale, timeZone, mode = "datetime", className }: Props) {
  const iso = new Date(value).toISOString();
  const text = mode === "date" ? formatDate(locale, value, timeZone) : formatDateTime(locale, value, timeZone);
  return (
    <time dateTime={iso} title={iso} className={className}>
      {text}
    </time>
  );
}
