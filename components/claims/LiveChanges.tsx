"use client";
// The live claim page (docs/decisions/0013, 0014): asks changes-since every POLL_MS and whenever the
// window regains focus; when someone else has changed the claim since this page was rendered, a
// status banner says who did what, with Reload, before the reader saves into a conflict. The reader's
// own changes (they refresh the page themselves) never raise it. Reload re-renders the page from the
// server; the banner's component is keyed on the version and newest event, so it starts over.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { useI18n } from "@/components/ui/I18nProvider";
import { routes } from "@/lib/routes";

export const POLL_MS = 15_000;

type Change = { id: string; action: string; actor: { id: string; name: string } | null };

export function LiveChanges({
  claimId,
  version,
  latestEventId,
  actorId,
}: {
  claimId: string;
  version: number;
  latestEventId: string | null;
  actorId: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [changes, setChanges] = useState<{ events: Change[]; more: boolean; stale: boolean } | null>(null);
  const [reloading, startReload] = useTransition();
  const inFlight = useRef(false);

  const poll = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const res = await fetch(routes.api.claimChangesSince(claimId, version, latestEventId), {
        cache: "no-store",
      });
      if (!res.ok) return;
      const json = (await res.json()) as { data?: { stale: boolean; events: Change[]; more: boolean } };
      const d = json.data;
      if (!d) return;
      const theirs = d.events.filter((e) => e.actor?.id !== actorId);
      // Every version bump writes an event, so "stale" with only our own events is our own save.
      if (theirs.length > 0) setChanges({ events: theirs, more: d.more, stale: d.stale });
    } catch {
      // Offline for a moment: the next poll tries again.
    } finally {
      inFlight.current = false;
    }
  }, [claimId, version, latestEventId, actorId]);

  useEffect(() => {
    // A hidden tab is not asked about; it asks as soon as it is shown again.
    const timer = setInterval(() => {
      if (document.visibilityState !== "hidden") void poll();
    }, POLL_MS);
    const onFocus = () => void poll();
    const onVisible = () => {
      if (document.visibilityState === "visible") void poll();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [poll]);

  const label = (action: string) => {
    const key = `claim.history.action.${action}`;
    const text = t(key);
    return text === key ? t("claim.history.action.unknown") : text;
  };

  return (
    // The live region is always there, so screen readers announce the banner when it fills.
    <div role="status" aria-live="polite" data-testid="live-region">
      {changes && (
        <div
          className="flex flex-col gap-2 rounded-lg border-2 border-blue-700 bg-blue-50 p-3 text-sm text-blue-950 sm:flex-row sm:items-center sm:justify-between"
          data-testid="live-banner"
        >
          <div className="flex flex-col gap-1">
            <p className="font-semibold">{changes.stale ? t("live.changed") : t("live.newActivity")}</p>
            <ul className="flex flex-col">
              {changes.events.slice(0, 5).map((e) => (
                <li key={e.id}>
                  {t("live.changedBy", { actor: e.actor?.name ?? t("claim.history.system"), action: label(e.action) })}
                </li>
              ))}
              {(changes.more || changes.events.length > 5) && <li>{t("live.more")}</li>}
            </ul>
          </div>
          <Button type="button" busy={reloading} onClick={() => startReload(() => router.refresh())}>
            {t("live.reload")}
          </Button>
        </div>
      )}
    </div>
  );
}
