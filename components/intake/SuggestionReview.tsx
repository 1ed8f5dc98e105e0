"use client";
// The list of an article's suggested claims, each with what the engine found (claimant, attribution,
// category, figures, dates) and, while pending, the three decisions: accept (after correcting the
// quote, claimant, attribution or category), merge into a claim of the article, or reject. After a
// decision focus moves to the next pending suggestion; a suggestion someone else decided meanwhile is
// reported and the list reloaded.
import { useEffect, useRef, useState, useTransition, type SubmitEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";
import { CLAIM_CATEGORIES } from "@/lib/claims/vocabulary";
import { ZDecideSuggestion, type TDecideSuggestion } from "@/lib/articles/intake-schemas";
import type { TSuggestionDate, TSuggestionQuantity } from "@/lib/extraction/suggest";

export type ReviewedSuggestion = {
  id: string;
  n: number;
  quote: string;
  claimant: string | null;
  cue: string | null;
  category: string;
  quantities: TSuggestionQuantity[];
  dates: TSuggestionDate[];
  status: "pending" | "accepted" | "merged" | "rejected";
  claimId: string | null;
  version: number;
  decidedBy: string | null;
  /** Claims in other articles with a similar quote (pending suggestions only): offered before accepting. */
  similar?: { id: string; quote: string; claimant: string; articleTitle: string }[];
};

type Props = {
  suggestions: ReviewedSuggestion[];
  claims: { id: string; quote: string; claimant: string }[];
  lang?: string;
  canDecide: boolean;
};

const headingId = (id: string) => `suggestion-${id}`;

export function SuggestionReview({ suggestions, claims, lang, canDecide }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState<{ id: string; mode: "accept" | "merge" } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const busyRef = useRef(false);

  function focusNext(afterId: string) {
    const i = suggestions.findIndex((s) => s.id === afterId);
    const next = [...suggestions.slice(i + 1), ...suggestions.slice(0, i)].find(
      (s) => s.status === "pending" && s.id !== afterId,
    );
    document.getElementById(headingId(next?.id ?? afterId))?.focus();
  }

  /** Sends a decision; returns the field errors to show, or null when done (or reported otherwise). */
  async function decide(input: TDecideSuggestion): Promise<Record<string, string> | null> {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusyId(input.suggestionId);
    const res = await callApi<{ status: string; claimId: string | null }>(
      routes.api.suggestion(input.suggestionId),
      "PUT",
      input,
    );
    busyRef.current = false;
    setBusyId(null);
    if (res.ok) {
      setOpen(null);
      toast(
        "success",
        t(
          input.decision === "accept"
            ? "intake.suggestions.accepted"
            : input.decision === "merge"
              ? "intake.suggestions.merged"
              : "intake.suggestions.rejected",
        ),
      );
      focusNext(input.suggestionId);
      startRefresh(() => router.refresh());
      return null;
    }
    if (res.error.code === "INVALID" && res.error.fields) return res.error.fields;
    toast("error", res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
    if (res.error.code === "CONFLICT" || res.error.code === "NOT_FOUND") {
      setOpen(null);
      startRefresh(() => router.refresh());
    }
    return null;
  }

  return (
    <ol className="flex flex-col gap-3" aria-busy={refreshing || undefined}>
      {suggestions.map((s) => (
        <li key={s.id} data-testid="suggestion" data-status={s.status}>
          <article
            aria-labelledby={headingId(s.id)}
            className={`flex flex-col gap-2 rounded-md border p-3 ${s.status === "pending" ? "border-amber-300 bg-white" : "border-gray-200 bg-gray-50"}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={headingId(s.id)} tabIndex={-1} className="text-sm font-semibold text-gray-900">
                {t("intake.suggestions.n", { n: s.n })}
              </h3>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-medium ${s.status === "pending" ? "bg-amber-100 text-amber-950" : s.status === "rejected" ? "bg-gray-200 text-gray-900" : "bg-green-100 text-green-950"}`}
              >
                {s.decidedBy
                  ? t("intake.suggestions.decidedBy", {
                      status: t(`intake.suggestions.status.${s.status}`),
                      by: s.decidedBy,
                    })
                  : t(`intake.suggestions.status.${s.status}`)}
              </span>
            </div>
            <blockquote lang={lang} className="border-l-4 border-amber-300 pl-3 text-sm text-gray-900">
              {s.quote}
            </blockquote>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-gray-700">{t("intake.suggestions.claimant")}</dt>
              <dd lang={s.claimant ? lang : undefined} className="text-gray-900">
                {s.claimant ?? <span className="text-gray-700 italic">{t("intake.suggestions.unknown")}</span>}
              </dd>
              <dt className="text-gray-700">{t("intake.suggestions.cue")}</dt>
              <dd lang={s.cue ? lang : undefined} className="text-gray-900">
                {s.cue ?? <span className="text-gray-700 italic">{t("intake.suggestions.unknown")}</span>}
              </dd>
              <dt className="text-gray-700">{t("intake.suggestions.category")}</dt>
              <dd className="text-gray-900">{t(`category.${s.category}`)}</dd>
              {s.quantities.length > 0 && (
                <>
                  <dt className="text-gray-700">{t("intake.suggestions.quantities")}</dt>
                  <dd lang={lang} className="text-gray-900">
                    {s.quantities.map((q) => q.text).join("; ")}
                  </dd>
                </>
              )}
              {s.dates.length > 0 && (
                <>
                  <dt className="text-gray-700">{t("intake.suggestions.dates")}</dt>
                  <dd className="text-gray-900">
                    {s.dates.map((d, i) => (
                      <span key={i}>
                        {i > 0 && "; "}
                        <span lang={lang}>{d.text}</span>
                        {d.date && <span className="text-gray-700"> ({d.date})</span>}
                      </span>
                    ))}
                  </dd>
                </>
              )}
            </dl>
            {s.claimId && s.status !== "pending" && (
              <p className="text-sm">
                <Link
                  href={routes.claim(s.claimId)}
                  className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
                >
                  {t("intake.suggestions.openClaim")}
                </Link>
              </p>
            )}
            {canDecide && s.status === "pending" && (
              <>
                {open?.id === s.id && open.mode === "accept" ? (
                  <AcceptForm
                    s={s}
                    lang={lang}
                    busy={busyId === s.id}
                    onCancel={() => {
                      setOpen(null);
                      document.getElementById(headingId(s.id))?.focus();
                    }}
                    onSubmit={decide}
                  />
                ) : open?.id === s.id && open.mode === "merge" ? (
                  <MergeForm
                    s={s}
                    claims={claims}
                    busy={busyId === s.id}
                    onCancel={() => {
                      setOpen(null);
                      document.getElementById(headingId(s.id))?.focus();
                    }}
                    onSubmit={decide}
                  />
                ) : (
                  <div className="flex flex-wrap gap-2">
                    <Button type="button" onClick={() => setOpen({ id: s.id, mode: "accept" })}>
                      {t("intake.suggestions.accept")}
                    </Button>
                    <Button type="button" variant="secondary" onClick={() => setOpen({ id: s.id, mode: "merge" })}>
                      {t("intake.suggestions.merge")}
                    </Button>
                    <Button
                      type="button"
                      variant="danger"
                      busy={busyId === s.id}
                      onClick={() => void decide({ decision: "reject", suggestionId: s.id, version: s.version })}
                    >
                      {t("intake.suggestions.reject")}
                    </Button>
                  </div>
                )}
              </>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}

type FormProps = {
  s: ReviewedSuggestion;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (input: TDecideSuggestion) => Promise<Record<string, string> | null>;
};

const ACCEPT_FIELDS = ["quote", "claimant", "cue", "category"] as const;

function AcceptForm({ s, lang, busy, onCancel, onSubmit }: FormProps & { lang?: string }) {
  const { t } = useI18n();
  const base = `accept-${s.id}`;
  const [values, setValues] = useState({
    quote: s.quote,
    claimant: s.claimant ?? "",
    cue: s.cue ?? "",
    category: s.category,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Opening the form puts the reviewer in the quote, the field most often corrected.
  useEffect(() => document.getElementById(`${base}-quote`)?.focus(), [base]);

  function show(errs: Record<string, string>) {
    setErrors(errs);
    const first = ACCEPT_FIELDS.find((f) => errs[f]);
    if (first) document.getElementById(`${base}-${first}`)?.focus();
  }

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = ZDecideSuggestion.safeParse({
      decision: "accept",
      suggestionId: s.id,
      version: s.version,
      ...values,
    });
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      return show(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, t(v)])));
    }
    const errs = await onSubmit(parsed.data);
    if (errs) show(errs);
  }

  const set = (k: keyof typeof values, v: string) => {
    setValues((x) => ({ ...x, [k]: v }));
    if (errors[k]) setErrors((x) => ({ ...x, [k]: "" }));
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("intake.suggestions.acceptForm", { n: s.n })}
      className="flex flex-col gap-3 border-t border-gray-200 pt-3"
    >
      {s.similar && s.similar.length > 0 && (
        <section aria-labelledby={`${base}-similar`} className="rounded-md bg-amber-50 p-3 text-sm">
          <h4 id={`${base}-similar`} className="font-semibold text-gray-900">
            {t("intake.suggestions.similarHeading")}
          </h4>
          <ul className="mt-1 flex flex-col gap-1">
            {s.similar.map((c) => (
              <li key={c.id} data-testid="similar-claim">
                <a href={routes.claim(c.id)} className="text-blue-800 underline underline-offset-2">
                  {c.quote}
                </a>{" "}
                <span className="text-gray-700">
                  ({c.claimant}, {c.articleTitle})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Field
        id={`${base}-quote`}
        label={t("intake.suggestions.quote")}
        error={errors.quote || undefined}
        hint={t("intake.suggestions.quoteHint")}
        required
      >
        <TextArea
          id={`${base}-quote`}
          lang={lang}
          rows={4}
          value={values.quote}
          onChange={(e) => set("quote", e.target.value)}
          error={errors.quote || undefined}
          hint={t("intake.suggestions.quoteHint")}
          className="w-full resize-y"
        />
      </Field>
      <Field
        id={`${base}-claimant`}
        label={t("intake.suggestions.claimant")}
        error={errors.claimant || undefined}
        required
      >
        <TextInput
          id={`${base}-claimant`}
          value={values.claimant}
          onChange={(e) => set("claimant", e.target.value)}
          error={errors.claimant || undefined}
          aria-required="true"
          className="w-full"
        />
      </Field>
      <Field id={`${base}-cue`} label={t("intake.suggestions.cue")} error={errors.cue || undefined}>
        <TextInput
          id={`${base}-cue`}
          value={values.cue}
          onChange={(e) => set("cue", e.target.value)}
          error={errors.cue || undefined}
          className="w-full"
        />
      </Field>
      <Field
        id={`${base}-category`}
        label={t("intake.suggestions.category")}
        error={errors.category || undefined}
        required
      >
        <Select
          id={`${base}-category`}
          value={values.category}
          onChange={(e) => set("category", e.target.value)}
          error={errors.category || undefined}
          className="w-full"
        >
          {CLAIM_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy}>
          {t("intake.suggestions.confirmAccept")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("intake.suggestions.cancel")}
        </Button>
      </div>
    </form>
  );
}

function MergeForm({ s, claims, busy, onCancel, onSubmit }: FormProps & { claims: Props["claims"] }) {
  const { t } = useI18n();
  const selectId = `merge-${s.id}-claim`;
  const [claimId, setClaimId] = useState(claims[0]?.id ?? "");
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    (document.getElementById(selectId) ?? document.getElementById(`${selectId}-cancel`))?.focus();
  }, [selectId]);

  async function submit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const errs = await onSubmit({ decision: "merge", suggestionId: s.id, version: s.version, claimId });
    if (errs) {
      setError(errs.claimId ?? Object.values(errs)[0]);
      document.getElementById(selectId)?.focus();
    }
  }

  if (claims.length === 0)
    return (
      <div className="flex flex-col gap-2 border-t border-gray-200 pt-3">
        <p className="text-sm text-gray-800">{t("intake.suggestions.mergeNone")}</p>
        <div>
          <Button id={`${selectId}-cancel`} type="button" variant="secondary" onClick={onCancel}>
            {t("intake.suggestions.cancel")}
          </Button>
        </div>
      </div>
    );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("intake.suggestions.mergeForm", { n: s.n })}
      className="flex flex-col gap-3 border-t border-gray-200 pt-3"
    >
      <Field id={selectId} label={t("intake.suggestions.mergeInto")} error={error} required>
        <Select
          id={selectId}
          value={claimId}
          onChange={(e) => setClaimId(e.target.value)}
          error={error}
          className="w-full"
        >
          {claims.map((c) => (
            <option key={c.id} value={c.id}>
              {c.claimant}: {c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={busy}>
          {t("intake.suggestions.confirmMerge")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("intake.suggestions.cancel")}
        </Button>
      </div>
    </form>
  );
}
