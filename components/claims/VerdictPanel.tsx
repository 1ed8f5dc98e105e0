"use client";
// The verdict for those who may set it. A given verdict is shown as it stands, with "Change verdict"
// to open the form (filled with it, focus in it); an unreviewed claim shows the form at once. After a
// save the saved verdict takes the form's place, so the next change starts from a deliberate click,
// never from text left in the form.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { useI18n } from "@/components/ui/I18nProvider";
import { VerdictForm, type SavedVerdict } from "@/components/claims/VerdictForm";
import { VerdictView, type ShownVerdict } from "@/components/claims/VerdictView";

type TCurrent = ShownVerdict & { version: number };

export function VerdictPanel({
  claimId,
  current,
  correcting = false,
  actorName,
}: {
  claimId: string;
  current: TCurrent;
  /** The verdict is signed off: the form asks for the correction's reason. */
  correcting?: boolean;
  actorName: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [saved, setSaved] = useState<TCurrent | null>(null);
  // Our own save until the refreshed page has caught up with it (or someone has saved after us).
  const shown = saved && saved.version > current.version ? saved : current;
  const given = shown.verdict !== "unreviewed";
  const [editing, setEditing] = useState(!given);
  // Each opening of the form starts from the verdict as it stands, not from what was typed last time.
  const [opening, setOpening] = useState(0);
  // Where focus goes once the form has closed: the saved verdict after a save, the button after Cancel.
  const focusAfterClose = useRef<"view" | "change" | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusAfterClose.current;
    if (editing || !target) return;
    focusAfterClose.current = null;
    if (target === "view") {
      viewRef.current?.focus({ preventScroll: true });
      viewRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
    } else changeRef.current?.focus();
  }, [editing]);

  function onSaved(s: SavedVerdict) {
    setSaved({ ...s, reviewedBy: actorName });
    focusAfterClose.current = "view";
    setEditing(false);
  }

  if (editing) {
    return (
      <div className="flex flex-col gap-4">
        {!given && <VerdictView value={shown} i18n={i18n} />}
        <div className={`flex flex-col gap-3 ${given ? "" : "border-t border-gray-200 pt-4"}`}>
          <h3 className="text-base font-semibold text-gray-950">
            {correcting
              ? t("review.action.correct")
              : given
                ? t("claim.verdict.form.headingChange")
                : t("claim.verdict.form.heading")}
          </h3>
          <VerdictForm
            key={opening}
            claimId={claimId}
            verdict={shown.verdict}
            rationale={shown.rationale}
            version={shown.version}
            correcting={correcting}
            focusOnOpen={opening > 0}
            onSaved={onSaved}
            onCancel={
              given
                ? () => {
                    focusAfterClose.current = "change";
                    setEditing(false);
                  }
                : undefined
            }
          />
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <div
        ref={viewRef}
        tabIndex={-1}
        className="scroll-mt-24 rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        data-testid="verdict-current"
      >
        <VerdictView value={shown} i18n={i18n} />
      </div>
      <div>
        <Button
          ref={changeRef}
          type="button"
          variant="secondary"
          onClick={() => {
            setOpening((n) => n + 1);
            setEditing(true);
          }}
        >
          {correcting ? t("review.action.correct") : t("claim.verdict.change")}
        </Button>
      </div>
    </div>
  );
}
