"use client";
// What an error boundary shows: a generic message from the catalog, a retry, and the digest that
// matches the server log. Never the error's message or stack (they can hold internals).
import { useEffect } from "react";
import Link from "next/link";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";

export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto mt-10 max-w-xl rounded-lg border border-red-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-gray-900">{t("shell.error.title")}</h1>
      <p className="mt-2 text-gray-800">{t("errors.generic")}</p>
      {digest && <p className="mt-2 text-xs text-gray-600">{t("shell.error.reference", { digest })}</p>}
      <div className="mt-6 flex items-center gap-4">
        <Button type="button" onClick={() => retry()}>
          {t("shell.retry")}
        </Button>
        <Link href="/claims" className="text-sm font-medium text-blue-800 underline underline-offset-2">
          {t("shell.backToClaims")}
        </Link>
      </div>
    </div>
  );
}
