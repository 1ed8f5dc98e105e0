// A claim's review status and the overdue mark, as words with an icon (never colour alone); shared by
// the claims list, My queue and the desk.
import type { TReviewStatus } from "@/lib/claims/vocabulary";

const ICON: Record<TReviewStatus, string> = {
  open: "○",
  in_review: "◐",
  awaiting_signoff: "◑",
  changes_requested: "↺",
  signed_off: "✓",
};

export function ReviewStatusTag({
  status,
  label,
  priority,
}: {
  status: TReviewStatus;
  label: string;
  /** The priority's word when it is worth saying (not "normal"). */
  priority?: string | null;
}) {
  return (
    <span className="inline-flex flex-col gap-0.5" data-review-status={status}>
      <span className="inline-flex items-center gap-1 font-medium text-gray-900">
        <span aria-hidden="true">{ICON[status]}</span>
        {label}
      </span>
      {priority && <span className="text-xs text-gray-700">{priority}</span>}
    </span>
  );
}

export function OverdueTag({ label }: { label: string }) {
  return (
    <span className="mt-1 inline-flex items-center gap-1 rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-red-900">
      <span aria-hidden="true">!</span>
      {label}
    </span>
  );
}
