"use client";
// My queue's list, usable with the keyboard alone (decision 0015): j/k move the focus between the
// claims (each claim's quote link is its focus target, so Enter opens it natively), v/d/c open the
// verdict form inline under the focused claim with that verdict chosen and the cursor in the
// rationale; Tab reaches Save (Ctrl+Enter saves from the rationale), Escape cancels and puts the focus
// back on the claim; ? lists the keys. Keys never fire while the focus is in a field or with a
// modifier held, so typing a rationale with a "v" in it is just typing.
import { useCallback, useEffect, useId, useRef, useState, useTransition, type SubmitEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  GIVEN_VERDICTS,
  type TGivenVerdict,
  type TPriority,
  type TReviewStatus,
  type TVerdict,
} from "@/lib/claims/vocabulary";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { LocalTime } from "@/components/ui/LocalTime";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { OverdueTag, ReviewStatusTag } from "@/components/claims-list/ReviewStatus";
import { KeysDialog } from "@/components/queue/KeysDialog";

export type QueueItem = {
  id: string;
  quote: string;
  claimant: string;
  verdict: TVerdict;
  reviewStatus: TReviewStatus;
  dueAt: string | null;
  priority: TPriority;
  changesNote: string | null;
  version: number;
  overdue: boolean;
  article: { id: string; title: string };
  assignedBy: { name: string } | null;
};

const KEY_VERDICT: Record<string, TGivenVerdict> = { v: "verified", d: "disputed", c: "contradicted" };

/** True when a key press belongs to a field (or a dialog's own controls), not to the queue. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function QueueList({ items }: { items: QueueItem[] }) {
  const { t, locale, timeZone } = useI18n();
  const router = useRouter();
  const [focus, setFocus] = useState(0);
  const [form, setForm] = useState<{ id: string; verdict: TGivenVerdict } | null>(null);
  const [keysOpen, setKeysOpen] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const linkAt = (i: number) => listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-queue-link]")[i] ?? null;

  const focusRow = useCallback((i: number) => {
    const link = listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-queue-link]")[i];
    if (link) {
      setFocus(i);
      link.focus();
    }
  }, []);

  useEffect(() => {
    function onKey(e: globalThis.KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || keysOpen) return;
      if (isTyping(e.target)) return;
      // Buttons and radios of the open verdict form keep their own keys.
      if (e.target instanceof HTMLElement && e.target.closest("form")) return;
      if (e.key === "?") {
        e.preventDefault();
        setKeysOpen(true);
        return;
      }
      if (items.length === 0) return;
      const onRow = document.activeElement instanceof HTMLElement && document.activeElement.dataset.queueLink;
      const current = Math.min(focus, items.length - 1);
      if (e.key === "j") {
        e.preventDefault();
        focusRow(onRow ? Math.min(current + 1, items.length - 1) : current);
      } else if (e.key === "k") {
        e.preventDefault();
        focusRow(onRow ? Math.max(current - 1, 0) : current);
      } else if (e.key === "Enter" && !onRow && (document.activeElement === document.body || !document.activeElement)) {
        e.preventDefault();
        router.push(routes.claim(items[current].id));
      } else if (e.key in KEY_VERDICT && !e.shiftKey) {
        e.preventDefault();
        setFocus(current);
        setForm({ id: items[current].id, verdict: KEY_VERDICT[e.key] });
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [items, focus, keysOpen, focusRow, router]);

  function closeForm(index: number) {
    setForm(null);
    // After the form unmounts, back to the claim it was for.
    requestAnimationFrame(() => linkAt(index)?.focus());
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-gray-700" id="queue-keys-hint">
          {t("queue.keysHint")}
        </p>
        <Button type="button" variant="secondary" onClick={() => setKeysOpen(true)} aria-keyshortcuts="?">
          <span aria-hidden="true">⌨</span>
          {t("queue.keysButton")}
        </Button>
      </div>
      <ul ref={listRef} aria-label={t("queue.list")} className="flex flex-col gap-3" data-testid="queue">
        {items.map((item, i) => (
          <li
            key={item.id}
            data-testid="queue-item"
            data-focused={i === focus ? "true" : undefined}
            className={`flex min-w-0 flex-col gap-3 rounded-lg border bg-white p-4 ${
              item.overdue ? "border-red-300" : "border-gray-200"
            } ${i === focus ? "ring-2 ring-blue-700" : ""}`}
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <ReviewStatusTag
                status={item.reviewStatus}
                label={t(`review.status.${item.reviewStatus}`)}
                priority={item.priority === "normal" ? null : t(`priority.${item.priority}`)}
              />
              <VerdictBadge verdict={item.verdict} label={t(`verdict.${item.verdict}`)} size="sm" />
              <span className="text-gray-800">
                {item.dueAt ? (
                  <>
                    {t("queue.due")} <LocalTime value={item.dueAt} locale={locale} timeZone={timeZone} mode="date" />
                  </>
                ) : (
                  t("queue.noDue")
                )}
              </span>
              {item.overdue && <OverdueTag label={t("lists.overdue")} />}
            </div>
            <Link
              href={routes.claim(item.id)}
              prefetch={false}
              data-queue-link="true"
              aria-describedby="queue-keys-hint"
              onFocus={() => setFocus(i)}
              className="line-clamp-3 text-base leading-7 font-medium break-words text-gray-900 underline decoration-gray-300 underline-offset-2 hover:text-blue-800 hover:decoration-blue-800"
            >
              {item.quote}
            </Link>
            <p className="text-sm break-words text-gray-700">
              {item.claimant} ·{" "}
              <Link
                href={routes.article(item.article.id)}
                prefetch={false}
                className="text-blue-800 underline underline-offset-2 hover:text-blue-950"
              >
                {item.article.title}
              </Link>
              {item.assignedBy && <> · {t("queue.assignedBy", { name: item.assignedBy.name })}</>}
            </p>
            {item.reviewStatus === "changes_requested" && item.changesNote && (
              <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm break-words text-amber-950">
                <span className="font-semibold">{t("review.changesNote")}:</span> {item.changesNote}
              </p>
            )}
            {form?.id === item.id && (
              <QueueVerdictForm
                key={item.id}
                item={item}
                verdict={form.verdict}
                onVerdict={(verdict) => setForm({ id: item.id, verdict })}
                onDone={() => closeForm(i)}
              />
            )}
          </li>
        ))}
      </ul>
      <KeysDialog open={keysOpen} onClose={() => setKeysOpen(false)} />
    </>
  );
}

function QueueVerdictForm({
  item,
  verdict,
  onVerdict,
  onDone,
}: {
  item: QueueItem;
  /** Chosen by the key that opened the form (a second key changes it and keeps the text), or a radio. */
  verdict: TGivenVerdict;
  onVerdict: (v: TGivenVerdict) => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [, startRefresh] = useTransition();
  const [rationale, setRationale] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const uid = useId();
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const correction = item.reviewStatus === "signed_off";
  const short = item.quote.length > 80 ? `${item.quote.slice(0, 79)}…` : item.quote;

  useEffect(() => {
    rationaleRef.current?.focus();
  }, []);

  async function save(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    setErrors({});
    setAlert(null);
    setSaving(true);
    const res = await callApi<{ version: number }>(routes.api.claimVerdict(item.id), "PUT", {
      verdict,
      rationale,
      version: item.version,
      ...(correction ? { reason } : {}),
    });
    setSaving(false);
    if (res.ok) {
      toast("success", t("queue.verdict.saved"));
      startRefresh(() => router.refresh());
      onDone();
      return;
    }
    if (res.error.code === "INVALID" && res.error.fields) {
      const f = res.error.fields;
      setErrors({ verdict: f.verdict, rationale: f.rationale, reason: f.reason });
      if (f.rationale) rationaleRef.current?.focus();
      else if (f.reason) document.getElementById(`${uid}-reason`)?.focus();
      if (!f.rationale && !f.reason && !f.verdict) setAlert(res.error.message);
      return;
    }
    if (res.error.code === "CONFLICT") startRefresh(() => router.refresh());
    setAlert(res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  // Escape anywhere in the form cancels; Ctrl+Enter in a text box saves. A native listener: the form
  // is not itself interactive, its fields are.
  useEffect(() => {
    const el = formRef.current;
    if (!el) return;
    function onKey(e: globalThis.KeyboardEvent) {
      if (e.key === "Escape") {
        e.preventDefault();
        onDone();
      } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
        e.preventDefault();
        el?.requestSubmit();
      }
    }
    el.addEventListener("keydown", onKey);
    return () => el.removeEventListener("keydown", onKey);
  }, [onDone]);

  return (
    <form
      ref={formRef}
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t("queue.verdict.for", { quote: short })}
      data-testid="queue-verdict-form"
      className="flex flex-col gap-3 rounded-md border border-blue-200 bg-blue-50/40 p-3"
    >
      {alert && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {alert}
        </p>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-gray-900">{t("queue.verdict.legend")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {GIVEN_VERDICTS.map((v) => (
            <label key={v} className="inline-flex items-center gap-2 text-sm text-gray-900">
              <input
                type="radio"
                name={`${uid}-verdict`}
                value={v}
                checked={verdict === v}
                onChange={() => onVerdict(v)}
                className="size-4 accent-blue-700"
              />
              {t(`verdict.${v}`)}
            </label>
          ))}
        </div>
        {errors.verdict && (
          <p role="alert" className="text-sm text-red-800">
            {errors.verdict}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${uid}-rationale`} className="text-sm font-medium text-gray-900">
          {t("queue.verdict.rationale")}
        </label>
        <TextArea
          ref={rationaleRef}
          id={`${uid}-rationale`}
          rows={3}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          error={errors.rationale}
        />
        {errors.rationale && (
          <p id={`${uid}-rationale-error`} role="alert" className="text-sm text-red-800">
            {errors.rationale}
          </p>
        )}
      </div>
      {correction && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${uid}-reason`} className="text-sm font-medium text-gray-900">
            {t("queue.verdict.reason")}
          </label>
          <TextArea
            id={`${uid}-reason`}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
          {errors.reason && (
            <p id={`${uid}-reason-error`} role="alert" className="text-sm text-red-800">
              {errors.reason}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={saving}>
          {t("queue.verdict.save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("queue.verdict.cancel")}
        </Button>
      </div>
    </form>
  );
}
