"use client";
// Remove in two steps: "Remove" asks, "Confirm remove" does it. Escape or Cancel backs out.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";

export function RemoveEvidenceButton({
  claimId,
  evidenceId,
  title,
  focusAfter,
}: {
  claimId: string;
  evidenceId: string;
  title: string;
  focusAfter: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [step, setStep] = useState<"idle" | "confirm" | "busy">("idle");
  // Button takes no ref, so focus moves by id.
  const uid = useId();
  const removeId = `${uid}-remove`;
  const confirmId = `${uid}-confirm`;
  const returnFocus = useRef(false);
  // Stays "busy" until the refreshed list no longer holds the item.
  const [, startRefresh] = useTransition();

  useEffect(() => {
    if (step === "confirm") document.getElementById(confirmId)?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      document.getElementById(removeId)?.focus();
    }
  }, [step, confirmId, removeId]);

  function cancel() {
    returnFocus.current = true;
    setStep("idle");
  }

  async function remove() {
    if (step === "busy") return;
    setStep("busy");
    const res = await callApi<{ id: string }>(routes.api.claimEvidenceItem(claimId, evidenceId), "DELETE");
    if (res.ok) {
      toast("success", t("claim.evidence.removed"));
      document.getElementById(focusAfter)?.focus();
      startRefresh(() => router.refresh());
      return;
    }
    toast("error", res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
    if (res.error.code === "NOT_FOUND") {
      // Someone else removed it already: show the page as it is now.
      document.getElementById(focusAfter)?.focus();
      startRefresh(() => router.refresh());
      return;
    }
    returnFocus.current = true;
    setStep("idle");
  }

  if (step === "idle") {
    return (
      <Button
        id={removeId}
        type="button"
        variant="danger"
        className="px-2 py-1 text-xs"
        onClick={() => setStep("confirm")}
        aria-label={t("claim.evidence.removeLabel", { title })}
      >
        {t("claim.evidence.remove")}
      </Button>
    );
  }

  return (
    // Escape pressed on either button inside (the keydown bubbles here) cancels the removal.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={t("claim.evidence.removeQuestion")}
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-2 py-1.5"
      onKeyDown={(e) => {
        if (e.key === "Escape" && step === "confirm") {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <span className="text-xs text-red-950">{t("claim.evidence.removeQuestion")}</span>
      <Button
        id={confirmId}
        type="button"
        variant="danger"
        className="px-2 py-1 text-xs"
        busy={step === "busy"}
        onClick={remove}
        aria-label={t("claim.evidence.confirmRemoveLabel", { title })}
      >
        {t("claim.evidence.confirmRemove")}
      </Button>
      <Button
        type="button"
        variant="secondary"
        className="px-2 py-1 text-xs"
        onClick={cancel}
        disabled={step === "busy"}
      >
        {t("common.cancel")}
      </Button>
    </div>
  );
}
