"use client";
// Replaces an article's text. The server re-anchors its claims and says how many moved and how many
// are flagged as no longer in the text; a text changed by someone else meanwhile is a conflict.
import { useRef, useState, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, TextArea } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";
import { ZEditArticleBody } from "@/lib/articles/intake-schemas";

export function EditArticleBodyForm({
  articleId,
  version,
  body,
  lang,
}: {
  articleId: string;
  version: number;
  body: string;
  lang?: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [text, setText] = useState(body);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busyRef.current) return;
    setFormError(null);
    const parsed = ZEditArticleBody.safeParse({ articleId, version, body: text });
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      setError(t(f.body ?? "errors.invalid"));
      document.getElementById("article-body")?.focus();
      return;
    }
    busyRef.current = true;
    setBusy(true);
    const { articleId: _id, ...input } = parsed.data;
    const res = await callApi<{ moved: number; missing: number }>(routes.api.articleBody(articleId), "PUT", input);
    busyRef.current = false;
    setBusy(false);
    if (res.ok) {
      toast("success", t("intake.edit.saved", { moved: res.data.moved, missing: res.data.missing }));
      router.push(routes.article(articleId));
      router.refresh();
      return;
    }
    if (res.error.code === "INVALID" && res.error.fields?.body) {
      setError(res.error.fields.body);
      document.getElementById("article-body")?.focus();
      return;
    }
    setFormError(res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  return (
    <form onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-4">
      <Field id="article-body" label={t("intake.field.body")} error={error} hint={t("intake.field.bodyHint")} required>
        <TextArea
          id="article-body"
          lang={lang}
          rows={20}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          error={error}
          hint={t("intake.field.bodyHint")}
          aria-required="true"
          className="w-full resize-y font-serif leading-relaxed"
        />
      </Field>
      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {formError}
        </p>
      )}
      <div>
        <Button type="submit" busy={busy}>
          {t("intake.edit.submit")}
        </Button>
      </div>
    </form>
  );
}
