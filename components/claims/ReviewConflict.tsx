"use client";
// A workflow refusal as the user sees it: the server's message, and for a CONFLICT what the claim is
// now (details.current, lib/reviews/workflow.ts): its status, who has it, and who last changed it,
// how and when. Read defensively: details are checked, never trusted.
import { forwardRef } from "react";
import { useI18n } from "@/components/ui/I18nProvider";
import { LocalTime } from "@/components/ui/LocalTime";
import { REVIEW_STATUSES, type TReviewStatus } from "@/lib/claims/vocabulary";
import type { FormAlert } from "@/components/ui/form/useZodForm";

type Current = {
  status: TReviewStatus;
  assignee: string | null;
  lastChange: { action: string; by: string | null; at: string } | null;
};

function readReviewState(details: unknown): Current | null {
  if (!details || typeof details !== "object" || !("current" in details)) return null;
  const c = (details as { current: unknown }).current;
  if (!c || typeof c !== "object") return null;
  const r = c as Record<string, unknown>;
  if (typeof r.status !== "string" || !(REVIEW_STATUSES as readonly string[]).includes(r.status)) return null;
  const a = r.assignee as { name?: unknown } | null;
  const l = r.lastChange as { action?: unknown; by?: unknown; at?: unknown } | null;
  return {
    status: r.status as TReviewStatus,
    assignee: a && typeof a.name === "string" ? a.name : null,
    lastChange:
      l && typeof l.action === "string" && typeof l.at === "string"
        ? { action: l.action, by: typeof l.by === "string" ? l.by : null, at: l.at }
        : null,
  };
}

export const ReviewConflict = forwardRef<HTMLDivElement, { alert: FormAlert; testId?: string }>(function ReviewConflict(
  { alert, testId = "review-alert" },
  ref,
) {
  const { t, locale, timeZone } = useI18n();
  const current = alert.code === "CONFLICT" ? readReviewState(alert.details) : null;
  const actionKey = current?.lastChange ? `claim.history.action.${current.lastChange.action}` : null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="flex flex-col gap-2 rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid={testId}
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {alert.message}
      </p>
      {current && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md border border-amber-300 bg-white p-2 text-gray-900">
          <dt className="font-medium text-gray-700">{t("review.status")}</dt>
          <dd>{t(`review.status.${current.status}`)}</dd>
          <dt className="font-medium text-gray-700">{t("review.assignee")}</dt>
          <dd>{current.assignee ?? t("review.unassigned")}</dd>
          {current.lastChange && actionKey && (
            <>
              <dt className="font-medium text-gray-700">{t("flow.conflict.lastChange")}</dt>
              <dd>
                {t("flow.conflict.lastChangeBy", {
                  action: t(actionKey) === actionKey ? t("claim.history.action.unknown") : t(actionKey),
                  name: current.lastChange.by ?? t("claim.history.system"),
                })}{" "}
                <LocalTime value={current.lastChange.at} locale={locale} timeZone={timeZone} />
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
});
