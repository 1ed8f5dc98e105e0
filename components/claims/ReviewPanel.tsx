"use client";
// The claim's place in the review workflow (docs/decisions/0012, 0014): status, assignee, due date,
// priority, the note of a changes request, the sign-off, corrections, and the actions this reader may
// take now. What is offered comes from the same transition table the server enforces
// (getClaimReview's `actions`); the server stays the authority, and its refusal (a CONFLICT with what
// happened, or a FORBIDDEN) is shown as it says it. Every action sends the version the page showed.
import { useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { LocalTime } from "@/components/ui/LocalTime";
import { useToast } from "@/components/ui/Toast";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { useZodForm } from "@/components/ui/form/useZodForm";
import { ReviewConflict } from "@/components/claims/ReviewConflict";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { PRIORITIES, type TPriority, type TReviewStatus, type TVerdict } from "@/lib/claims/vocabulary";
import { ZAssignClaim, ZClaimAtVersion, ZRequestChanges } from "@/lib/reviews/schemas";
import type { TReviewAction } from "@/lib/reviews/transitions";

type Person = { id: string; name: string };
/** What every workflow write answers (lib/reviews/workflow.ts TTransitionResult). */
type TTransitionResult = { claimId: string; version: number; status: TReviewStatus };
type Decision = { allowed: true } | { allowed: false; reason: string; params?: Record<string, string> };

/** What the page gives the panel (getClaimReview, trimmed). */
export type ReviewPanelData = {
  id: string;
  version: number;
  reviewStatus: TReviewStatus;
  priority: TPriority;
  dueAt: Date | string | null;
  overdue: boolean;
  changesNote: string | null;
  assignee: Person | null;
  signedOffBy: Person | null;
  signedOffAt: Date | string | null;
  corrections: {
    id: string;
    fromVerdict: TVerdict;
    toVerdict: TVerdict;
    reason: string;
    createdAt: Date | string;
    by: Person | null;
  }[];
  actions: Record<TReviewAction, Decision>;
};

export type AssigneeOption = Person & { role: string };

const STATUS_STYLE: Record<TReviewStatus, string> = {
  open: "border-gray-400 bg-gray-50 text-gray-900",
  in_review: "border-blue-700 bg-blue-50 text-blue-950",
  awaiting_signoff: "border-amber-600 bg-amber-50 text-amber-950",
  changes_requested: "border-red-700 bg-red-50 text-red-950",
  signed_off: "border-green-700 bg-green-50 text-green-950",
};

/** "2026-12-01" from an instant, in the browser's time zone (what <input type="date"> shows). */
function localDate(value: Date | string | null): string {
  if (!value) return "";
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of a local calendar day as an instant with its offset, e.g. "2026-12-01T23:59:00+07:00". */
function endOfLocalDay(date: string): string | null {
  if (!date) return null;
  const d = new Date(`${date}T23:59:00`);
  if (Number.isNaN(d.getTime())) return date; // the schema says what is wrong with it
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  return `${date}T23:59:00${sign}${pad(off / 60)}:${pad(off % 60)}`;
}

export function ReviewPanel({
  review,
  assignees,
}: {
  review: ReviewPanelData;
  /** Who the claim can be given to; null when this reader cannot assign. */
  assignees: AssigneeOption[] | null;
}) {
  const { t, locale, timeZone } = useI18n();
  const toast = useToast();
  const [open, setOpen] = useState<"assign" | "changes" | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const form = useZodForm({ fields: [] as const, focus: () => {} });
  const { actions } = review;
  const assigned = review.assignee !== null;

  useEffect(() => {
    if (form.alert) alertRef.current?.focus();
  }, [form.alert]);

  async function simple(action: "pickUp" | "signOff" | "unassign") {
    setOpen(null);
    const at = { claimId: review.id, version: review.version };
    const done = { pickUp: "flow.pickedUp", signOff: "flow.signedOff", unassign: "flow.unassigned" }[action];
    const onSuccess = () => toast("success", t(done));
    if (action === "unassign") {
      await form.submit(
        ZAssignClaim,
        { ...at, assigneeId: null },
        ({ claimId: _id, ...body }) => callApi<TTransitionResult>(routes.api.claimAssignment(review.id), "PUT", body),
        { onSuccess },
      );
      return;
    }
    const url = action === "pickUp" ? routes.api.claimPickup(review.id) : routes.api.claimSignoff(review.id);
    await form.submit(
      ZClaimAtVersion,
      at,
      ({ claimId: _id, ...body }) => callApi<TTransitionResult>(url, "POST", body),
      {
        onSuccess,
      },
    );
  }

  const ownVerdict = (d: Decision) =>
    !d.allowed &&
    (d.reason === "errors.review.signOff.ownVerdict" || d.reason === "errors.review.requestChanges.ownVerdict");
  const waitingForOthers = review.reviewStatus === "awaiting_signoff" && !actions.signOff.allowed;

  return (
    <section
      aria-labelledby="review-heading"
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="review-panel"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="review-heading" className="text-lg font-semibold text-gray-950">
          {t("flow.heading")}
        </h2>
        <span
          className={`rounded-full border px-2.5 py-0.5 text-sm font-medium ${STATUS_STYLE[review.reviewStatus]}`}
          data-testid="review-status"
        >
          <span className="sr-only">{t("review.status")}: </span>
          {t(`review.status.${review.reviewStatus}`)}
        </span>
      </div>

      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
        <div className="flex flex-col">
          <dt className="text-xs font-medium text-gray-700">{t("review.assignee")}</dt>
          <dd className="text-gray-950" data-testid="review-assignee">
            {review.assignee?.name ?? t("review.unassigned")}
          </dd>
        </div>
        <div className="flex flex-col">
          <dt className="text-xs font-medium text-gray-700">{t("review.dueAt")}</dt>
          <dd className="text-gray-950">
            {review.dueAt ? (
              <LocalTime value={review.dueAt} locale={locale} timeZone={timeZone} mode="date" />
            ) : (
              t("review.noDueDate")
            )}
            {review.overdue && (
              <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
                {t("review.overdue")}
              </span>
            )}
          </dd>
        </div>
        <div className="flex flex-col">
          <dt className="text-xs font-medium text-gray-700">{t("review.priority")}</dt>
          <dd className="text-gray-950">{t(`priority.${review.priority}`)}</dd>
        </div>
      </dl>

      {review.reviewStatus === "changes_requested" && review.changesNote && (
        <div
          className="flex flex-col gap-1 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-950"
          data-testid="changes-note"
        >
          <p className="font-semibold">{t("review.changesNote")}</p>
          <p className="whitespace-pre-line text-gray-950">{review.changesNote}</p>
        </div>
      )}

      {review.reviewStatus === "signed_off" && review.signedOffBy && (
        <p className="text-sm text-gray-900" data-testid="signed-off-by">
          {t("review.signedOffBy", { name: review.signedOffBy.name })}
          {review.signedOffAt && (
            <>
              {" · "}
              <LocalTime value={review.signedOffAt} locale={locale} timeZone={timeZone} />
            </>
          )}
        </p>
      )}

      {form.alert && <ReviewConflict ref={alertRef} alert={form.alert} />}

      <div className="flex flex-wrap items-center gap-2">
        {actions.pickUp.allowed && (
          <Button type="button" busy={form.busy} onClick={() => simple("pickUp")}>
            {t("review.action.pickUp")}
          </Button>
        )}
        {actions.signOff.allowed && (
          <Button type="button" busy={form.busy} onClick={() => simple("signOff")}>
            {t("review.action.signOff")}
          </Button>
        )}
        {actions.requestChanges.allowed && (
          <Button
            type="button"
            variant="secondary"
            aria-expanded={open === "changes"}
            onClick={() => setOpen(open === "changes" ? null : "changes")}
          >
            {t("review.action.requestChanges")}
          </Button>
        )}
        {actions.assign.allowed && assignees && (
          <Button
            type="button"
            variant="secondary"
            aria-expanded={open === "assign"}
            onClick={() => setOpen(open === "assign" ? null : "assign")}
          >
            {assigned ? t("review.action.reassign") : t("review.action.assign")}
          </Button>
        )}
        {actions.unassign.allowed && (
          <Button type="button" variant="secondary" busy={form.busy} onClick={() => simple("unassign")}>
            {t("review.action.unassign")}
          </Button>
        )}
      </div>

      {waitingForOthers && (
        <p
          className="rounded-md border border-gray-300 bg-gray-50 px-3 py-2 text-sm text-gray-800"
          data-testid="signoff-why"
        >
          {ownVerdict(actions.signOff) && !actions.signOff.allowed
            ? t(actions.signOff.reason)
            : t("flow.waitingForSignOff")}
        </p>
      )}

      {open === "changes" && (
        <RequestChangesForm review={review} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
      )}
      {open === "assign" && assignees && (
        <AssignForm review={review} assignees={assignees} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
      )}

      {review.corrections.length > 0 && (
        <div className="flex flex-col gap-2 border-t border-gray-200 pt-3">
          <h3 className="text-base font-semibold text-gray-950">{t("review.correction.heading")}</h3>
          <ul className="flex flex-col gap-2" data-testid="corrections">
            {review.corrections.map((c) => (
              <li key={c.id} className="flex flex-col gap-1 rounded-md border border-gray-200 p-2 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <VerdictBadge verdict={c.fromVerdict} label={t(`verdict.${c.fromVerdict}`)} size="sm" />
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">{t("claim.history.changedTo")}</span>
                  <VerdictBadge verdict={c.toVerdict} label={t(`verdict.${c.toVerdict}`)} size="sm" />
                </p>
                <p className="text-gray-950">
                  <span className="font-semibold">{t("claim.history.reason")}:</span> {c.reason}
                </p>
                <p className="text-xs text-gray-700">
                  {c.by?.name ?? t("claim.history.system")}
                  {" · "}
                  <LocalTime value={c.createdAt} locale={locale} timeZone={timeZone} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function RequestChangesForm({
  review,
  onDone,
  onCancel,
}: {
  review: ReviewPanelData;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const uid = useId();
  const noteId = `${uid}-note`;
  const [note, setNote] = useState("");
  const alertRef = useRef<HTMLDivElement>(null);
  const form = useZodForm({ fields: ["note"] as const, focus: () => document.getElementById(noteId)?.focus() });

  useEffect(() => document.getElementById(noteId)?.focus(), [noteId]);
  useEffect(() => {
    if (form.alert) alertRef.current?.focus();
  }, [form.alert]);

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    await form.submit(
      ZRequestChanges,
      { claimId: review.id, version: review.version, note },
      ({ claimId: _id, ...body }) => callApi<TTransitionResult>(routes.api.claimChanges(review.id), "POST", body),
      {
        onSuccess: () => {
          toast("success", t("flow.changesRequested"));
          onDone();
        },
      },
    );
  }

  return (
    // Escape pressed anywhere in the form (the keydown bubbles here) closes it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-gray-200 p-3"
      aria-label={t("review.action.requestChanges")}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <Field
        id={noteId}
        label={t("flow.changes.noteLabel")}
        error={form.errors.note}
        hint={t("flow.changes.noteHint")}
        required
      >
        <TextArea
          id={noteId}
          name="note"
          rows={3}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            form.clearError("note");
          }}
          error={form.errors.note}
          hint={t("flow.changes.noteHint")}
          aria-required="true"
          className="w-full resize-y"
        />
      </Field>
      {form.alert && <ReviewConflict ref={alertRef} alert={form.alert} testId="changes-alert" />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={form.busy}>
          {t("flow.changes.submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={form.busy}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

function AssignForm({
  review,
  assignees,
  onDone,
  onCancel,
}: {
  review: ReviewPanelData;
  assignees: AssigneeOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const uid = useId();
  const ids = { assigneeId: `${uid}-assignee`, dueAt: `${uid}-due`, priority: `${uid}-priority` };
  const [assigneeId, setAssigneeId] = useState(review.assignee?.id ?? "");
  const [due, setDue] = useState(localDate(review.dueAt));
  const [priority, setPriority] = useState<TPriority>(review.priority);
  const alertRef = useRef<HTMLDivElement>(null);
  const form = useZodForm({
    fields: ["assigneeId", "dueAt", "priority"] as const,
    focus: (f) => document.getElementById(ids[f])?.focus(),
  });

  useEffect(() => document.getElementById(ids.assigneeId)?.focus(), [ids.assigneeId]);
  useEffect(() => {
    if (form.alert) alertRef.current?.focus();
  }, [form.alert]);

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    await form.submit(
      ZAssignClaim,
      {
        claimId: review.id,
        version: review.version,
        // "" is not an id: the schema puts "choose someone" at the field.
        assigneeId: assigneeId || undefined,
        dueAt: endOfLocalDay(due),
        priority,
      },
      ({ claimId: _id, ...body }) => callApi<TTransitionResult>(routes.api.claimAssignment(review.id), "PUT", body),
      {
        onSuccess: () => {
          toast("success", t("flow.assigned"));
          onDone();
        },
      },
    );
  }

  return (
    // Escape pressed anywhere in the form (the keydown bubbles here) closes it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-gray-200 p-3"
      aria-label={review.assignee ? t("review.action.reassign") : t("review.action.assign")}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field id={ids.assigneeId} label={t("flow.assign.reviewer")} error={form.errors.assigneeId} required>
          <Select
            id={ids.assigneeId}
            name="assigneeId"
            value={assigneeId}
            onChange={(e) => {
              setAssigneeId(e.target.value);
              form.clearError("assigneeId");
            }}
            error={form.errors.assigneeId}
            aria-required="true"
            className="w-full"
          >
            <option value="" disabled>
              {t("flow.assign.choose")}
            </option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({t(`role.${a.role}`)})
              </option>
            ))}
          </Select>
        </Field>
        <Field id={ids.dueAt} label={t("review.dueAt")} error={form.errors.dueAt} hint={t("flow.assign.dueHint")}>
          <TextInput
            id={ids.dueAt}
            name="dueAt"
            type="date"
            value={due}
            min={localDate(new Date())}
            onChange={(e) => {
              setDue(e.target.value);
              form.clearError("dueAt");
            }}
            error={form.errors.dueAt}
            hint={t("flow.assign.dueHint")}
            className="w-full"
          />
        </Field>
        <Field id={ids.priority} label={t("review.priority")} error={form.errors.priority}>
          <Select
            id={ids.priority}
            name="priority"
            value={priority}
            onChange={(e) => setPriority(e.target.value as TPriority)}
            error={form.errors.priority}
            className="w-full"
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {form.alert && <ReviewConflict ref={alertRef} alert={form.alert} testId="assign-alert" />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={form.busy}>
          {review.assignee ? t("review.action.reassign") : t("review.action.assign")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={form.busy}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
