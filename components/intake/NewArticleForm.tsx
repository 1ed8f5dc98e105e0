"use client";
// Adds an article: metadata, and the text pasted or read from an uploaded file (.txt/.md as they are,
// .html reduced to its text in the browser with the same code the tests check, so the editor sees and
// can correct exactly what will be stored). On success the suggestions review opens; the same text
// already in the workspace is answered with a link to that article.
import { useId, useRef, useState, type ChangeEvent, type SubmitEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";
import { ARTICLE_LANGUAGES, ZCreateArticle } from "@/lib/articles/intake-schemas";
import { reduceHtml, uploadKind, UPLOAD_EXTENSIONS } from "@/lib/articles/intake-text";

const FIELDS = ["title", "outlet", "url", "language", "publishedOn", "byline", "body"] as const;
type TField = (typeof FIELDS)[number];
type TValues = Record<TField, string>;

const EMPTY: TValues = { title: "", outlet: "", url: "", language: "", publishedOn: "", byline: "", body: "" };

export function NewArticleForm() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const base = useId();
  const id = (f: TField | "file") => `${base}-${f}`;
  const [values, setValues] = useState<TValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<TField | "file", string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<{ articleId: string; title: string } | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const duplicateRef = useRef<HTMLDivElement>(null);

  function set(field: TField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function showErrors(errs: Partial<Record<TField, string>>) {
    setErrors(errs);
    const first = FIELDS.find((f) => errs[f]);
    if (first) document.getElementById(id(first))?.focus();
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileNote(null);
    setErrors((x) => ({ ...x, file: undefined }));
    if (!file) return;
    const kind = uploadKind(file.name);
    if (!kind) {
      setErrors((x) => ({ ...x, file: t("intake.file.unsupported") }));
      return;
    }
    try {
      const raw = await file.text();
      let text = raw;
      if (kind === "html") {
        const reduced = reduceHtml(raw);
        text = reduced.text;
        if (reduced.title && values.title.trim() === "") set("title", reduced.title);
      }
      set("body", text);
      setFileNote(t("intake.file.read", { name: file.name, count: new Intl.NumberFormat(locale).format(text.length) }));
    } catch {
      setErrors((x) => ({ ...x, file: t("intake.file.failed") }));
    }
  }

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busyRef.current) return;
    setDuplicate(null);
    setFormError(null);
    const parsed = ZCreateArticle.safeParse(values);
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      showErrors(Object.fromEntries(FIELDS.filter((k) => f[k]).map((k) => [k, t(f[k]!)])));
      return;
    }
    setErrors({});
    busyRef.current = true;
    setBusy(true);
    const res = await callApi<{ id: string; suggestions: number }>(routes.api.articles(), "POST", parsed.data);
    busyRef.current = false;
    setBusy(false);
    if (res.ok) {
      toast("success", t("intake.new.added", { count: res.data.suggestions }));
      router.push(routes.articleSuggestions(res.data.id));
      return;
    }
    const details = res.error.details as { articleId?: string; title?: string } | undefined;
    if (res.error.code === "CONFLICT" && details?.articleId) {
      setDuplicate({ articleId: details.articleId, title: details.title ?? "" });
      setFormError(res.error.message);
      // The message and its link get focus, so a keyboard or screen-reader user lands on the way out.
      requestAnimationFrame(() => duplicateRef.current?.focus());
      return;
    }
    const fields = res.error.fields;
    if (res.error.code === "INVALID" && fields) {
      const errs = Object.fromEntries(FIELDS.filter((k) => fields[k]).map((k) => [k, fields[k]])) as Partial<
        Record<TField, string>
      >;
      if (Object.keys(errs).length > 0) return showErrors(errs);
    }
    setFormError(res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-4">
      <Field id={id("title")} label={t("intake.field.title")} error={errors.title} required>
        <TextInput
          id={id("title")}
          name="title"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          error={errors.title}
          aria-required="true"
          className="w-full"
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("outlet")} label={t("intake.field.outlet")} error={errors.outlet} required>
          <TextInput
            id={id("outlet")}
            name="outlet"
            value={values.outlet}
            onChange={(e) => set("outlet", e.target.value)}
            error={errors.outlet}
            aria-required="true"
            className="w-full"
          />
        </Field>
        <Field id={id("byline")} label={t("intake.field.byline")} error={errors.byline}>
          <TextInput
            id={id("byline")}
            name="byline"
            value={values.byline}
            onChange={(e) => set("byline", e.target.value)}
            error={errors.byline}
            className="w-full"
          />
        </Field>
        <Field id={id("publishedOn")} label={t("intake.field.published")} error={errors.publishedOn} required>
          <TextInput
            id={id("publishedOn")}
            name="publishedOn"
            type="date"
            value={values.publishedOn}
            onChange={(e) => set("publishedOn", e.target.value)}
            error={errors.publishedOn}
            aria-required="true"
            className="w-full"
          />
        </Field>
        <Field id={id("language")} label={t("intake.field.language")} error={errors.language}>
          <Select
            id={id("language")}
            name="language"
            value={values.language}
            onChange={(e) => set("language", e.target.value)}
            error={errors.language}
            className="w-full"
          >
            <option value="">{t("intake.field.languageDetect")}</option>
            {ARTICLE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`intake.field.language.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={id("url")} label={t("intake.field.url")} error={errors.url}>
        <TextInput
          id={id("url")}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={values.url}
          onChange={(e) => set("url", e.target.value)}
          error={errors.url}
          className="w-full"
        />
      </Field>
      <Field id={id("file")} label={t("intake.field.file")} error={errors.file} hint={t("intake.field.fileHint")}>
        <TextInput
          id={id("file")}
          name="file"
          type="file"
          accept={UPLOAD_EXTENSIONS.join(",")}
          onChange={onFile}
          error={errors.file}
          hint={t("intake.field.fileHint")}
          className="w-full"
        />
      </Field>
      {fileNote && (
        <p role="status" className="text-sm text-gray-800">
          {fileNote}
        </p>
      )}
      <Field
        id={id("body")}
        label={t("intake.field.body")}
        error={errors.body}
        hint={t("intake.field.bodyHint")}
        required
      >
        <TextArea
          id={id("body")}
          name="body"
          rows={14}
          value={values.body}
          onChange={(e) => set("body", e.target.value)}
          error={errors.body}
          hint={t("intake.field.bodyHint")}
          aria-required="true"
          className="w-full resize-y font-serif leading-relaxed"
        />
      </Field>
      {formError && (
        <div
          ref={duplicateRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <p>{formError}</p>
          {duplicate && (
            <p className="mt-1">
              <Link
                href={routes.article(duplicate.articleId)}
                className="font-medium text-blue-800 underline underline-offset-2"
              >
                {t("intake.duplicate.link")}
              </Link>
            </p>
          )}
        </div>
      )}
      <div>
        <Button type="submit" busy={busy}>
          {t("intake.new.submit")}
        </Button>
      </div>
    </form>
  );
}
