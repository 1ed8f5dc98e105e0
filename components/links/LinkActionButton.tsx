"use client";
// One click that adds or removes a link, then refreshes the page so both lists show the change.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import type { TClaimLinkType } from "@/lib/claims/vocabulary";

type Action =
  | { kind: "add"; fromClaimId: string; toClaimId: string; type: TClaimLinkType }
  | { kind: "remove"; claimId: string; linkId: string };

export function LinkActionButton({
  action,
  label,
  accessibleLabel,
  done,
  focusAfter,
}: {
  action: Action;
  label: string;
  accessibleLabel: string;
  done: string;
  /** Where focus goes once the button's row is gone. */
  focusAfter: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [, startRefresh] = useTransition();

  async function run() {
    setBusy(true);
    const res =
      action.kind === "add"
        ? await callApi<{ id: string }>(routes.api.claimLinks(action.fromClaimId), "POST", {
            toClaimId: action.toClaimId,
            type: action.type,
          })
        : await callApi<{ id: string }>(routes.api.claimLink(action.claimId, action.linkId), "DELETE");
    setBusy(false);
    if (res.ok || res.error.code === "NOT_FOUND" || res.error.code === "CONFLICT") {
      if (res.ok) toast("success", done);
      else toast("error", res.error.message);
      document.getElementById(focusAfter)?.focus();
      startRefresh(() => router.refresh());
      return;
    }
    toast("error", res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  return (
    <Button
      type="button"
      variant={action.kind === "remove" ? "danger" : "secondary"}
      className="shrink-0 px-2 py-1 text-xs"
      busy={busy}
      onClick={() => void run()}
      aria-label={accessibleLabel}
    >
      {label}
    </Button>
  );
}
