"use client";
// Tells the server the reader's time zone (dates are shown in it), once, when it is missing or changed.
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { TIMEZONE_COOKIE } from "@/lib/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

export function TimeZoneCookie({ known }: { known: string | null }) {
  const router = useRouter();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    let tz: string | undefined;
    try {
      tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      return;
    }
    if (!tz || tz === known) return;
    document.cookie = `${TIMEZONE_COOKIE}=${encodeURIComponent(tz)}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    router.refresh();
  }, [known, router]);
  return null;
}
