"use client";
// English / Bahasa Indonesia, remembered in a cookie by /api/preferences; each name in its own language.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { callApi } from "@/lib/http/client";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { Spinner } from "@/components/ui/Spinner";

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    if (next === locale || pending) return;
    startTransition(async () => {
      const res = await callApi<{ locale: Locale }>("/api/preferences", "POST", { locale: next });
      if (!res.ok) {
        toast("error", res.error.message || t("auth.preferences.failed"));
        return;
      }
      router.refresh();
    });
  }

  return (
    <div
      role="group"
      aria-label={t("language.label")}
      aria-busy={pending || undefined}
      className="flex items-center gap-1"
    >
      {pending && <Spinner />}
      <div className="flex rounded-md border border-gray-300 bg-white p-0.5">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === locale}
            onClick={() => choose(l)}
            className={`rounded px-2.5 py-1 text-sm ${l === locale ? "bg-blue-700 font-medium text-white" : "text-gray-700 hover:bg-gray-100"}`}
          >
            {t(`language.${l}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
