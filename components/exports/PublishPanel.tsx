"use client";
// Editors publish the article's report at a public, unguessable address, or take it down at once.
// The address is shown as a link to copy or open; the server decides who may do either.
import { useId, useState } from "react";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { Button } from "@/components/ui/Button";

type Props = { articleId: string; origin: string; initialPath: string | null };

export function PublishPanel({ articleId, origin, initialPath }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [path, setPath] = useState(initialPath);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  async function change(method: "POST" | "DELETE") {
    setBusy(true);
    const res = await callApi<{ path?: string }>(routes.api.articlePublication(articleId), method);
    setBusy(false);
    if (!res.ok) {
      toast("error", res.error.message || t("errors.generic"));
      return;
    }
    if (method === "POST" && res.data.path) {
      setPath(res.data.path);
      toast("success", t("exports.publish.published"));
    } else {
      setPath(null);
      toast("success", t("exports.publish.unpublished"));
    }
  }

  const url = path ? `${origin}${path}` : null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id={headingId} className="text-base font-semibold text-gray-900">
        {t("exports.publish.heading")}
      </h2>
      <p className="text-sm text-gray-700">{t("exports.publish.intro")}</p>
      {url ? (
        <p className="text-sm">
          <span className="font-medium text-gray-900">{t("exports.publish.live")}: </span>
          <a
            href={url}
            data-testid="public-report-url"
            className="font-medium break-all text-blue-800 underline underline-offset-2 hover:text-blue-950"
          >
            {url}
          </a>
        </p>
      ) : (
        <p className="text-sm text-gray-700">{t("exports.publish.notLive")}</p>
      )}
      <div>
        {url ? (
          <Button type="button" variant="danger" busy={busy} onClick={() => void change("DELETE")}>
            {t("exports.publish.unpublish")}
          </Button>
        ) : (
          <Button type="button" busy={busy} onClick={() => void change("POST")}>
            {t("exports.publish.publish")}
          </Button>
        )}
      </div>
    </section>
  );
}
