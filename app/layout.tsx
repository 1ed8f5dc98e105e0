import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import "./globals.css";
import { auth } from "@/lib/auth/config";
import { getI18n } from "@/lib/i18n/server";
import { TIMEZONE_COOKIE } from "@/lib/i18n/locales";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { ToastProvider } from "@/components/ui/Toast";
import { Header } from "@/components/layout/Header";
import { TimeZoneCookie } from "@/components/layout/TimeZoneCookie";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, timeZone, t }, session, jar] = await Promise.all([getI18n(), auth(), cookies()]);
  const userId = session?.user?.id ?? null;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-gray-50 text-gray-900 antialiased">
        <I18nProvider locale={locale} timeZone={timeZone}>
          <ToastProvider dismissLabel={t("common.dismiss")}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-blue-800 focus:shadow-lg"
            >
              {t("nav.skipToContent")}
            </a>
            <Header userId={userId} />
            <main
              id="main"
              tabIndex={-1}
              className="mx-auto w-full max-w-screen-xl px-4 py-6 focus:outline-none sm:px-6"
            >
              {children}
            </main>
            <TimeZoneCookie known={jar.get(TIMEZONE_COOKIE)?.value ?? null} />
          </ToastProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
