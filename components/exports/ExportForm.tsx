"use client";
// Export a filtered set of claims. The download is fetched and read as a stream, so a long one shows
// its progress (bytes received, and for NDJSON claims received out of the count the server sends in
// X-Export-Claims) and can be cancelled; cancelling aborts the request, which closes the database
// cursor on the server and leaves the export logged as not completed. The file is saved once whole.
import { useId, useRef, useState, type SubmitEvent } from "react";
import { CLAIM_CATEGORIES, REVIEW_STATUSES, VERDICTS } from "@/lib/claims/vocabulary";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";

type Option = { id: string; label: string };
type Props = {
  formats: Option[];
  articles: { id: string; title: string }[];
  reviewers: { id: string; name: string }[];
  /** Filters to start from (e.g. from the claims list's link). */
  initial: Record<string, string>;
};

type Status =
  | { kind: "idle" }
  | { kind: "running"; format: string; bytes: number; claims: number | null; rows: number }
  | { kind: "done"; file: string; bytes: number }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

type FieldName = "format" | "articleId" | "verdict" | "status" | "category" | "claimant" | "reviewer" | "from" | "to";

function fileNameOf(res: Response): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
  return m?.[1] ?? "export";
}

export function ExportForm({ formats, articles, reviewers, initial }: Props) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abortRef = useRef<AbortController | null>(null);
  const statusId = useId();
  const size = (bytes: number) =>
    new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", {
      style: "unit",
      unit: bytes >= 1_048_576 ? "megabyte" : "kilobyte",
      maximumFractionDigits: 1,
    }).format(bytes >= 1_048_576 ? bytes / 1_048_576 : bytes / 1024);
  const number = (n: number) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB").format(n);

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const query: Record<string, string> = {};
    for (const [k, v] of new FormData(e.currentTarget))
      if (typeof v === "string" && v.trim() !== "") query[k] = v.trim();
    const format = formats.find((f) => f.id === query.format)?.label ?? query.format ?? "";
    const abort = new AbortController();
    abortRef.current = abort;
    setStatus({ kind: "running", format, bytes: 0, claims: null, rows: 0 });
    try {
      const res = await fetch(routes.api.exportClaims(query), { signal: abort.signal });
      if (!res.ok || !res.body) {
        const json = await res.json().catch(() => null);
        setStatus({ kind: "failed", message: json?.error?.message ?? `HTTP ${res.status}` });
        return;
      }
      const claimsHeader = res.headers.get("x-export-claims");
      const claims = claimsHeader === null ? null : Number(claimsHeader);
      const countsRows = query.format === "ndjson";
      const reader = res.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let rows = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        if (countsRows) for (const b of value) if (b === 10) rows += 1;
        setStatus({ kind: "running", format, bytes, claims, rows });
      }
      const file = fileNameOf(res);
      const url = URL.createObjectURL(new Blob(parts, { type: res.headers.get("content-type") ?? undefined }));
      const a = document.createElement("a");
      a.href = url;
      a.download = file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ kind: "done", file, bytes });
    } catch {
      setStatus(
        abort.signal.aborted ? { kind: "cancelled" } : { kind: "failed", message: t("exports.progress.network") },
      );
    } finally {
      abortRef.current = null;
    }
  }

  const running = status.kind === "running";
  const value = (k: FieldName) => initial[k] ?? "";

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(e) => void onSubmit(e)}
        aria-describedby={statusId}
        className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2 lg:grid-cols-3"
      >
        <Field id="export-format" label={t("exports.form.format")}>
          <Select id="export-format" name="format" defaultValue={value("format") || "csv"} className="w-full">
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-article" label={t("exports.form.article")}>
          <Select id="export-article" name="articleId" defaultValue={value("articleId")} className="w-full">
            <option value="">{t("exports.form.allArticles")}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-verdict" label={t("exports.form.verdict")}>
          <Select id="export-verdict" name="verdict" defaultValue={value("verdict")} className="w-full">
            <option value="">{t("exports.form.anyVerdict")}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-status" label={t("exports.form.status")}>
          <Select id="export-status" name="status" defaultValue={value("status")} className="w-full">
            <option value="">{t("exports.form.anyStatus")}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reports.reviewStatus.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-category" label={t("exports.form.category")}>
          <Select id="export-category" name="category" defaultValue={value("category")} className="w-full">
            <option value="">{t("exports.form.anyCategory")}</option>
            {CLAIM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-claimant" label={t("exports.form.claimant")} hint={t("exports.form.claimantHint")}>
          <TextInput
            id="export-claimant"
            name="claimant"
            defaultValue={value("claimant")}
            hint={t("exports.form.claimantHint")}
            autoComplete="off"
            className="w-full"
          />
        </Field>
        <Field id="export-reviewer" label={t("exports.form.reviewer")}>
          <Select id="export-reviewer" name="reviewer" defaultValue={value("reviewer")} className="w-full">
            <option value="">{t("exports.form.anyReviewer")}</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="export-from" label={t("exports.form.from")} hint={t("exports.form.datesHint")}>
          <TextInput
            id="export-from"
            name="from"
            type="date"
            defaultValue={value("from")}
            hint={t("exports.form.datesHint")}
            className="w-full"
          />
        </Field>
        <Field id="export-to" label={t("exports.form.to")}>
          <TextInput id="export-to" name="to" type="date" defaultValue={value("to")} className="w-full" />
        </Field>
        <div className="flex items-end sm:col-span-2 lg:col-span-3">
          <Button type="submit" busy={running}>
            {t("exports.form.submit")}
          </Button>
        </div>
      </form>

      <div id={statusId} role="status" aria-live="polite" className="text-sm">
        {status.kind === "running" && (
          <div className="flex flex-col gap-2 rounded-md border border-blue-200 bg-blue-50 p-3 text-blue-950">
            <p className="font-medium">{t("exports.progress.running", { format: status.format })}</p>
            <progress
              className="h-2 w-full max-w-md"
              aria-label={t("exports.progress.heading")}
              {...(status.claims && status.rows > 0
                ? { value: Math.min(status.rows, status.claims), max: status.claims }
                : {})}
            />
            <p>
              {t("exports.progress.received", { size: size(status.bytes) })}
              {status.claims !== null && <> · {t("exports.progress.claims", { count: number(status.claims) })}</>}
            </p>
            <div>
              <Button type="button" variant="secondary" onClick={() => abortRef.current?.abort()}>
                {t("exports.progress.cancel")}
              </Button>
            </div>
          </div>
        )}
        {status.kind === "done" && (
          <p className="text-green-900">
            {t("exports.progress.done", { file: status.file, size: size(status.bytes) })}
          </p>
        )}
        {status.kind === "cancelled" && <p className="text-gray-800">{t("exports.progress.cancelled")}</p>}
        {status.kind === "failed" && (
          <p role="alert" className="text-red-800">
            {t("exports.progress.failed", { message: status.message })}
          </p>
        )}
      </div>
    </div>
  );
}
