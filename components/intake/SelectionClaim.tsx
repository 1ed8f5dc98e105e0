"use client";
// A claim from a passage selected in the article text. The text (ArticleBody) marks each run of body
// text with its offset (data-seg-start), so a DOM selection maps back to UTF-16 offsets of the body
// whatever else the markup holds (screen-reader labels, claim numbers). While a passage is selected a
// floating "New claim from selection" button shows next to it; the same action sits above the text
// for keyboard users (select with Shift and the arrow keys, or paste the passage into Quote).
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";
import { CLAIM_CATEGORIES } from "@/lib/claims/vocabulary";
import { ZCreateClaimFromSelection } from "@/lib/articles/intake-schemas";

type Span = { start: number; end: number; quote: string };

const SEGMENT = "[data-seg-start]";

/** The body offset of a selection boundary, or null when it is outside the text. */
function bodyOffset(container: HTMLElement, node: Node, offset: number, edge: "start" | "end"): number | null {
  if (!container.contains(node)) return null;
  const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
  if (parent?.matches(SEGMENT) && parent.firstChild === node) return Number(parent.dataset.segStart) + offset;
  // A boundary in a label, a marker or between elements: snap to the nearest body text inside the selection.
  let result: number | null = null;
  for (const el of container.querySelectorAll<HTMLElement>(SEGMENT)) {
    const text = el.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const where = range.comparePoint(node, offset);
    const start = Number(el.dataset.segStart);
    if (edge === "start" && where < 0) return start;
    if (edge === "end" && where > 0) result = start + (text.textContent ?? "").length;
  }
  return result;
}

/** The selected passage as body offsets, trimmed of surrounding whitespace; null when nothing is selected in the text. */
function selectedSpan(container: HTMLElement, body: string): Span | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  let start = bodyOffset(container, range.startContainer, range.startOffset, "start");
  let end = bodyOffset(container, range.endContainer, range.endOffset, "end");
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start >= end) return null;
  return { start, end, quote: body.slice(start, end) };
}

type Props = {
  articleId: string;
  articleVersion: number;
  body: string;
  lang?: string;
  children: ReactNode;
};

export function SelectionClaim({ articleId, articleVersion, body, lang, children }: Props) {
  const { t } = useI18n();
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<(Span & { top: number; left: number }) | null>(null);
  const [form, setForm] = useState<Span | null>(null);

  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      if (!container) return;
      const span = selectedSpan(container, body);
      if (!span) return setSelection(null);
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      // Below the selection, kept inside the viewport (a selection scrolled out of view leaves the
      // button at the nearest edge, still reachable); recomputed on scroll.
      setSelection({
        ...span,
        top: Math.max(8, Math.min(rect.bottom + 8, window.innerHeight - 56)),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 240)),
      });
    };
    document.addEventListener("selectionchange", onChange);
    window.addEventListener("scroll", onChange, { passive: true });
    return () => {
      document.removeEventListener("selectionchange", onChange);
      window.removeEventListener("scroll", onChange);
    };
  }, [body]);

  const openForm = () => {
    const container = textRef.current;
    const span = (container && selectedSpan(container, body)) ?? selection;
    setForm(span ?? { start: 0, end: 0, quote: "" });
    setSelection(null);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={openForm} aria-expanded={form !== null}>
          {t("intake.selection.action")}
        </Button>
        <p className="text-sm text-gray-700">{t("intake.selection.hint")}</p>
      </div>
      {form && (
        <SelectionForm
          key={`${form.start}-${form.end}`}
          articleId={articleId}
          articleVersion={articleVersion}
          body={body}
          lang={lang}
          initial={form}
          onClose={() => setForm(null)}
        />
      )}
      <div ref={textRef}>{children}</div>
      {selection && !form && (
        <div className="fixed z-40" style={{ top: selection.top, left: selection.left }}>
          <Button
            type="button"
            onClick={openForm}
            // Keep the selection: a mouse press on the button must not clear it before the click.
            onMouseDown={(e) => e.preventDefault()}
            className="shadow-lg"
          >
            {t("intake.selection.action")}
          </Button>
        </div>
      )}
    </div>
  );
}

const FIELDS = ["quote", "claimant", "cue", "category"] as const;

function SelectionForm({
  articleId,
  articleVersion,
  body,
  lang,
  initial,
  onClose,
}: {
  articleId: string;
  articleVersion: number;
  body: string;
  lang?: string;
  initial: Span;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [values, setValues] = useState({ quote: initial.quote, claimant: "", cue: "", category: "statement" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Escape closes the form, from any of its fields.
  useEffect(() => {
    const el = formRef.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    el?.addEventListener("keydown", onKey);
    return () => el?.removeEventListener("keydown", onKey);
  }, [onClose]);

  useEffect(() => {
    // Focus the first field to fill: the quote when nothing was selected, else the claimant.
    document.getElementById(initial.quote ? "selection-claimant" : "selection-quote")?.focus();
  }, [initial.quote]);

  function show(errs: Record<string, string>) {
    setErrors(errs);
    const first = FIELDS.find((f) => errs[f]);
    if (first) document.getElementById(`selection-${first}`)?.focus();
  }

  const set = (k: keyof typeof values, v: string) => {
    setValues((x) => ({ ...x, [k]: v }));
    if (errors[k]) setErrors((x) => ({ ...x, [k]: "" }));
  };

  /** Where the quote is: the selection if unchanged, else the occurrence nearest to it. */
  function locate(quote: string): Span | null {
    const q = quote.trim();
    if (q === initial.quote && initial.end > initial.start) return initial;
    if (q === "") return null;
    let best = -1;
    for (let i = body.indexOf(q); i !== -1; i = body.indexOf(q, i + 1))
      if (best === -1 || Math.abs(i - initial.start) < Math.abs(best - initial.start)) best = i;
    return best === -1 ? null : { start: best, end: best + q.length, quote: q };
  }

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    const span = locate(values.quote);
    const parsed = ZCreateClaimFromSelection.safeParse({
      articleId,
      articleVersion,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      ...values,
      quote: span?.quote ?? values.quote,
    });
    if (!parsed.success || !span) {
      const f = parsed.success ? {} : fieldErrors(parsed.error);
      const errs = Object.fromEntries(FIELDS.filter((k) => f[k]).map((k) => [k, t(f[k]!)])) as Record<string, string>;
      if (!span && !errs.quote)
        errs.quote = t(values.quote.trim() ? "intake.validation.quoteNotInArticle" : "intake.selection.noneSelected");
      return show(errs);
    }
    setBusy(true);
    const { articleId: _a, ...input } = parsed.data;
    const res = await callApi<{ id: string }>(routes.api.articleClaims(articleId), "POST", input);
    setBusy(false);
    if (res.ok) {
      toast("success", t("intake.selection.created"));
      window.getSelection()?.removeAllRanges();
      onClose();
      router.refresh();
      return;
    }
    if (res.error.code === "INVALID" && res.error.fields) {
      const errs = Object.fromEntries(
        FIELDS.filter((k) => res.error.fields![k]).map((k) => [k, res.error.fields![k]!]),
      );
      if (Object.keys(errs).length > 0) return show(errs);
    }
    setFormError(res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  return (
    <form
      onSubmit={submit}
      ref={formRef}
      noValidate
      aria-labelledby="selection-form-title"
      className="flex max-w-[75ch] flex-col gap-3 rounded-md border border-blue-300 bg-blue-50/40 p-3"
    >
      <h3 id="selection-form-title" className="text-base font-semibold text-gray-900">
        {t("intake.selection.formTitle")}
      </h3>
      <Field
        id="selection-quote"
        label={t("intake.suggestions.quote")}
        error={errors.quote || undefined}
        hint={t("intake.selection.quoteHint")}
        required
      >
        <TextArea
          id="selection-quote"
          lang={lang}
          rows={3}
          value={values.quote}
          onChange={(e) => set("quote", e.target.value)}
          error={errors.quote || undefined}
          hint={t("intake.selection.quoteHint")}
          aria-required="true"
          className="w-full resize-y"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="selection-claimant"
          label={t("intake.suggestions.claimant")}
          error={errors.claimant || undefined}
          required
        >
          <TextInput
            id="selection-claimant"
            value={values.claimant}
            onChange={(e) => set("claimant", e.target.value)}
            error={errors.claimant || undefined}
            aria-required="true"
            className="w-full"
          />
        </Field>
        <Field id="selection-cue" label={t("intake.suggestions.cue")} error={errors.cue || undefined}>
          <TextInput
            id="selection-cue"
            value={values.cue}
            onChange={(e) => set("cue", e.target.value)}
            error={errors.cue || undefined}
            className="w-full"
          />
        </Field>
      </div>
      <Field
        id="selection-category"
        label={t("intake.suggestions.category")}
        error={errors.category || undefined}
        required
      >
        <Select
          id="selection-category"
          value={values.category}
          onChange={(e) => set("category", e.target.value)}
          error={errors.category || undefined}
          className="w-full sm:w-auto"
        >
          {CLAIM_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      {formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy}>
          {t("intake.selection.submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t("intake.selection.cancel")}
        </Button>
      </div>
    </form>
  );
}
