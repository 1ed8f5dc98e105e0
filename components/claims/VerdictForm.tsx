"use client";
// Sets a claim's verdict and rationale. Validated with the server's own schema before sending; the
// version the page showed goes along, so a concurrent save comes back as a conflict, never an overwrite.
import { useEffect, useId, useRef, useState, type SubmitEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field, TextArea } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { LIMITS, ZSetVerdict } from "@/lib/claims/schemas";
import { GIVEN_VERDICTS, type TGivenVerdict, type TVerdict, type TVerdictState } from "@/lib/claims/vocabulary";
import { isGivenVerdict, isVerdict } from "@/components/claims/format";
import { ZSetVerdictWithReason } from "@/lib/reviews/schemas";
import { useZodForm } from "@/components/ui/form/useZodForm";
import { LocalTime } from "@/components/ui/LocalTime";

type TSaved = { version: number; verdict: TGivenVerdict; reviewedAt: string };
/** What the form saved, for the panel to show in its place. */
export type SavedVerdict = TSaved & { rationale: string };

/** The CONFLICT's `details.current` (see lib/claims/mutations.ts), checked rather than trusted. */
function readCurrent(details: unknown): TVerdictState | undefined {
  if (!details || typeof details !== "object" || !("current" in details)) return undefined;
  const c = (details as { current: unknown }).current;
  if (!c || typeof c !== "object") return undefined;
  const r = c as Record<string, unknown>;
  if (!isVerdict(r.verdict) || typeof r.version !== "number") return undefined;
  return {
    verdict: r.verdict,
    version: r.version,
    rationale: typeof r.rationale === "string" ? r.rationale : null,
    reviewedAt: typeof r.reviewedAt === "string" ? r.reviewedAt : null,
    reviewedBy: typeof r.reviewedBy === "string" ? r.reviewedBy : null,
  };
}

/** A signed-off verdict is corrected, and a correction needs its reason (lib/reviews/schemas.ts). */
const ZCorrectVerdict = ZSetVerdictWithReason.refine((v) => !!v.reason, {
  path: ["reason"],
  error: "validation.reasonRequired",
});

const FIELDS = ["verdict", "rationale", "reason"] as const;

type Props = {
  claimId: string;
  /** The verdict was signed off: saving is a correction, with a reason. */
  correcting?: boolean;
  verdict: TVerdict;
  rationale: string | null;
  version: number;
  /** Opened by the user ("Change verdict"): focus goes to the chosen verdict. */
  focusOnOpen?: boolean;
  onSaved?: (saved: SavedVerdict) => void;
  onCancel?: () => void;
};

export function VerdictForm({
  claimId,
  verdict,
  rationale,
  version,
  correcting = false,
  focusOnOpen = false,
  onSaved,
  onCancel,
}: Props) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const uid = useId();
  const [choice, setChoice] = useState<TGivenVerdict | "">(isGivenVerdict(verdict) ? verdict : "");
  const [text, setText] = useState(rationale ?? "");
  const [reason, setReason] = useState("");
  // The version this form writes against: the page's at first, then whatever the server last told us
  // (after our own save, or the one a conflict showed). A refresh alone never bumps it, so someone
  // else's save is always surfaced as a conflict rather than silently adopted.
  const [baseVersion, setBaseVersion] = useState(version);
  const formRef = useRef<HTMLFormElement>(null);
  const firstRadioRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const ids = {
    rationale: `${uid}-rationale`,
    reason: `${uid}-reason`,
    counter: `${uid}-rationale-counter`,
    verdictError: `${uid}-verdict-error`,
  };
  const form = useZodForm({
    fields: FIELDS,
    focus: (f) => (f === "verdict" ? firstRadioRef.current?.focus() : document.getElementById(ids[f])?.focus()),
  });
  const { errors, busy } = form;
  const alert = form.alert && { message: form.alert.message, current: readCurrent(form.alert.details) };

  useEffect(() => {
    if (form.alert) alertRef.current?.scrollIntoView({ block: "nearest" });
  }, [form.alert]);

  useEffect(() => {
    if (!focusOnOpen) return;
    const checked = formRef.current?.querySelector<HTMLInputElement>('input[name="verdict"]:checked');
    (checked ?? firstRadioRef.current)?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    let sent = "";
    const input = {
      claimId,
      verdict: choice || undefined,
      rationale: text,
      version: baseVersion,
      ...(correcting ? { reason } : {}),
    };
    await form.submit(
      correcting ? ZCorrectVerdict : ZSetVerdict,
      input,
      ({ claimId: _id, ...body }) => {
        sent = body.rationale;
        return callApi<TSaved>(routes.api.claimVerdict(claimId), "PUT", body);
      },
      {
        onSuccess: (data) => {
          setBaseVersion(data.version);
          toast("success", t("claim.verdict.saved"));
          onSaved?.({ ...data, rationale: sent });
        },
        // Adopt their version so a deliberate second save goes through; the user's own text stays put.
        onConflict: (details) => {
          const current = readCurrent(details);
          if (current) setBaseVersion(current.version);
        },
      },
    );
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const over = text.length > LIMITS.rationale;
  const describedBy = [errors.rationale ? `${ids.rationale}-error` : `${ids.rationale}-hint`, ids.counter].join(" ");

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="version" value={baseVersion} />

      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={errors.verdict ? ids.verdictError : undefined}
        aria-invalid={errors.verdict ? true : undefined}
      >
        <legend className="mb-2 text-sm font-medium text-gray-900">
          {t("claim.verdict.form.legend")}
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        </legend>
        {GIVEN_VERDICTS.map((v, i) => (
          <label
            key={v}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-gray-300 bg-white px-3 py-2.5 hover:border-gray-500 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:checked]:ring-1 has-[:checked]:ring-blue-700"
          >
            <input
              ref={i === 0 ? firstRadioRef : undefined}
              type="radio"
              name="verdict"
              value={v}
              checked={choice === v}
              onChange={() => {
                setChoice(v);
                form.clearError("verdict");
              }}
              aria-labelledby={`${uid}-${v}-label`}
              aria-describedby={`${uid}-${v}-help`}
              className="mt-1 h-4 w-4 shrink-0 accent-blue-700"
            />
            <span className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
              <span id={`${uid}-${v}-label`} className="shrink-0 sm:w-36">
                <VerdictBadge verdict={v} label={t(`verdict.${v}`)} />
              </span>
              <span id={`${uid}-${v}-help`} className="text-sm text-gray-700">
                {t(`verdict.help.${v}`)}
              </span>
            </span>
          </label>
        ))}
        {errors.verdict && (
          <p id={ids.verdictError} role="alert" className="text-sm text-red-800">
            {errors.verdict}
          </p>
        )}
      </fieldset>

      <Field
        id={ids.rationale}
        label={t("claim.verdict.form.rationale")}
        error={errors.rationale}
        hint={t("claim.verdict.form.rationaleHint")}
        required
      >
        <TextArea
          id={ids.rationale}
          name="rationale"
          rows={5}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            form.clearError("rationale");
          }}
          onKeyDown={onKeyDown}
          error={errors.rationale}
          hint={t("claim.verdict.form.rationaleHint")}
          aria-describedby={describedBy}
          aria-required="true"
          className="min-h-32 w-full resize-y leading-6"
        />
      </Field>
      <p
        id={ids.counter}
        className={`-mt-3 text-right text-xs ${over ? "font-semibold text-red-800" : "text-gray-700"}`}
      >
        {t("claim.verdict.form.counter", { used: text.length, count: LIMITS.rationale })}
      </p>

      {correcting && (
        <Field
          id={ids.reason}
          label={t("flow.correction.reasonLabel")}
          error={errors.reason}
          hint={t("flow.correction.reasonHint")}
          required
        >
          <TextArea
            id={ids.reason}
            name="reason"
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              form.clearError("reason");
            }}
            onKeyDown={onKeyDown}
            error={errors.reason}
            hint={t("flow.correction.reasonHint")}
            aria-required="true"
            className="w-full resize-y"
          />
        </Field>
      )}

      {alert && (
        <div
          ref={alertRef}
          role="alert"
          className="flex flex-col gap-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-sm text-amber-950"
          data-testid="verdict-alert"
        >
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {alert.message}
          </p>
          {alert.current && (
            <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-white p-3 text-gray-900">
              <p className="text-xs font-semibold text-gray-700 uppercase">{t("claim.verdict.conflict.theirs")}</p>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <VerdictBadge verdict={alert.current.verdict} label={t(`verdict.${alert.current.verdict}`)} />
                <span>
                  {alert.current.reviewedBy
                    ? t("claim.verdict.conflict.by", { name: alert.current.reviewedBy })
                    : t("claim.verdict.conflict.byUnknown")}
                </span>
                {alert.current.reviewedAt && (
                  <LocalTime
                    value={alert.current.reviewedAt}
                    locale={locale}
                    timeZone={timeZone}
                    className="text-gray-700"
                  />
                )}
              </div>
              {alert.current.rationale && (
                <div className="flex flex-col gap-1">
                  <p className="text-xs font-semibold text-gray-700">{t("claim.verdict.conflict.theirRationale")}</p>
                  <blockquote className="border-l-4 border-gray-300 pl-3 whitespace-pre-line">
                    {alert.current.rationale}
                  </blockquote>
                </div>
              )}
              <p className="text-gray-800">{t("claim.verdict.conflict.yours")}</p>
            </div>
          )}
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" busy={busy}>
          {t("claim.verdict.form.save")}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
