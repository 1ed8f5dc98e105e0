"use client";
// The header's search box: a plain GET form to /search (works without JavaScript); "/" focuses it
// from anywhere on the page except while typing in a field.
import { useEffect, useRef } from "react";
import { useSearchParams, usePathname } from "next/navigation";
import { useI18n } from "@/components/ui/I18nProvider";
import { routes } from "@/lib/routes";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function HeaderSearch() {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const pathname = usePathname();
  const params = useSearchParams();
  // On the results page the box shows the current query.
  const current = pathname === routes.search() ? (params.get("q") ?? "") : "";

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form role="search" action={routes.search()} method="get" className="flex min-w-0 items-center gap-1">
      <label htmlFor="header-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        ref={input}
        id="header-search"
        key={current}
        name="q"
        type="search"
        defaultValue={current}
        placeholder={t("search.placeholder")}
        aria-keyshortcuts="/"
        title={t("search.shortcut")}
        maxLength={200}
        autoComplete="off"
        className="w-44 min-w-0 rounded-md border border-gray-400 bg-white px-3 py-1.5 text-sm text-gray-900 placeholder:text-gray-600 sm:w-64"
      />
      <button
        type="submit"
        className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        {t("search.submit")}
      </button>
    </form>
  );
}
