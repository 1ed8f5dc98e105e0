"use client";
// The link tools' suggested links (lib/links/suggest.ts), each with one-click "Link as contradicts".
// Finding them searches the whole workspace, so they are not part of the claim page's response: the
// list asks GET /api/claims/[claimId]/suggested-links when it comes near the viewport (at once where
// there is no IntersectionObserver), like SimilarClaims (decision 0023). After a link is added or
// removed the page refreshes and `linkedIds` changes: suggestions now linked go at once, and the list
// is asked again (a removed link may be worth suggesting again).
import Link from "next/link";
import { useEffect, useRef } from "react";
import { routes } from "@/lib/routes";
import type { SuggestedLink } from "@/lib/links/suggest";
import { formatNumber } from "@/lib/i18n/locales";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { useI18n } from "@/components/ui/I18nProvider";
import { useLoadWhenVisible } from "@/components/ui/useLoadWhenVisible";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { excerpt, linkClass, unitLabel, type TI18n } from "@/components/claims/format";
import { quantityName } from "@/components/quantities/names";
import { LinkActionButton } from "@/components/links/LinkActionButton";

const HEADING_ID = "suggested-links-heading";

function reasonText(s: SuggestedLink, i18n: Pick<TI18n, "t" | "locale">): string {
  const { t, locale } = i18n;
  if (s.reason.kind === "denial") return t("links.suggested.denial", { words: s.reason.shared.join(", ") });
  const r = s.reason;
  const figure = (value: number, qualifier: string) =>
    qualifier === "exact"
      ? t("quantities.exactValue", { value: formatNumber(locale, value), unit: unitLabel(t, r.unit) })
      : t("quantities.value", {
          qualifier: t(`qualifier.${qualifier}`),
          value: formatNumber(locale, value),
          unit: unitLabel(t, r.unit),
        });
  return t("links.suggested.quantity", {
    quantity: quantityName(r.key, i18n),
    value: figure(r.value, r.qualifier),
    other: figure(r.otherValue, r.otherQualifier),
  });
}

export function SuggestedLinks({
  claimId,
  linkedIds,
  focusAfter,
}: {
  claimId: string;
  /** The claims this one is linked with now (either way round), from the page. */
  linkedIds: string[];
  /** Where focus goes once a suggestion's row is gone (the link tools' heading). */
  focusAfter: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const {
    state,
    ref: sectionRef,
    busy,
    retry: reload,
    refresh,
  } = useLoadWhenVisible<SuggestedLink[], HTMLDivElement>(routes.api.claimSuggestedLinks(claimId));
  const bodyRef = useRef<HTMLDivElement>(null);

  // The page's links changed (a suggestion was linked, a link removed): ask again, keeping the list
  // shown meanwhile. Nothing to do before the first load.
  const linkedKey = [...linkedIds].sort().join(" ");
  const seenKey = useRef(linkedKey);
  useEffect(() => {
    if (seenKey.current === linkedKey) return;
    seenKey.current = linkedKey;
    refresh();
  }, [linkedKey, refresh]);

  function retry() {
    // The Retry button goes away while loading: keep focus in the list so it is not lost to <body>.
    bodyRef.current?.focus();
    reload();
  }

  const linked = new Set(linkedIds);
  const shown = state.kind === "done" ? state.data.filter((s) => !linked.has(s.other.id)) : [];
  return (
    <div
      ref={sectionRef}
      role="group"
      aria-labelledby={HEADING_ID}
      className="flex flex-col gap-2"
      data-testid="suggested-links"
    >
      <h3 id={HEADING_ID} className="text-sm font-semibold text-gray-900">
        {t("links.suggested.heading")}
      </h3>
      {/* Reserves the height of about one suggestion, so the panel does not jump when they arrive. */}
      <div ref={bodyRef} tabIndex={-1} aria-busy={busy} className="flex min-h-24 flex-col gap-2 outline-none">
        <p role="status" className="sr-only">
          {busy
            ? t("links.suggested.loading")
            : state.kind === "done"
              ? shown.length > 0
                ? t("links.suggested.loaded", { count: shown.length })
                : t("links.suggested.empty")
              : ""}
        </p>
        {busy && (
          <div aria-hidden="true" className="flex flex-col gap-2" data-testid="suggested-links-placeholder">
            <span className="flex flex-col motion-safe:animate-pulse gap-2 rounded-md border border-amber-100 bg-amber-50/50 p-3">
              <span className="h-4 w-2/3 rounded bg-gray-200" />
              <span className="h-4 w-1/3 rounded bg-gray-100" />
              <span className="h-4 w-full rounded bg-gray-100" />
            </span>
          </div>
        )}
        {state.kind === "failed" && (
          <LoadFailed
            message={state.message ?? t("links.suggested.error")}
            retryLabel={t("links.suggested.retry")}
            onRetry={retry}
          />
        )}
        {state.kind === "done" &&
          (shown.length === 0 ? (
            <p className="text-sm text-gray-700">{t("links.suggested.empty")}</p>
          ) : (
            <>
              <p className="text-xs text-gray-700">{t("links.suggested.intro")}</p>
              <ul className="flex flex-col gap-2">
                {shown.map((s) => (
                  <li
                    key={`${s.reason.kind}-${s.other.id}`}
                    className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 sm:flex-row sm:items-start"
                    data-testid="suggested-link"
                  >
                    <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
                      <p className="text-gray-950">{reasonText(s, i18n)}</p>
                      <div className="flex flex-wrap items-center gap-2">
                        <VerdictBadge verdict={s.other.verdict} label={t(`verdict.${s.other.verdict}`)} size="sm" />
                        <span className="font-medium text-gray-950">{s.other.claimant}</span>
                      </div>
                      <p>
                        <Link href={routes.claim(s.other.id)} className={linkClass}>
                          “{excerpt(s.other.quote, 160)}”
                        </Link>
                      </p>
                      <p className="text-xs text-gray-700">
                        {s.fromClaimId === claimId
                          ? t("links.suggested.direction.from")
                          : t("links.suggested.direction.to")}
                      </p>
                    </div>
                    <LinkActionButton
                      action={{ kind: "add", fromClaimId: s.fromClaimId, toClaimId: s.toClaimId, type: "contradicts" }}
                      label={t("links.suggested.action")}
                      accessibleLabel={t("links.suggested.actionLabel", { claimant: s.other.claimant })}
                      done={t("links.add.done")}
                      focusAfter={focusAfter}
                    />
                  </li>
                ))}
              </ul>
            </>
          ))}
      </div>
    </div>
  );
}
