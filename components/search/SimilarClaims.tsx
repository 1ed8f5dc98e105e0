"use client";
// Claims in other articles whose quote reads like this one (pg_trgm, lib/search/similar.ts). The
// trigram search is the claim page's most expensive query and grows with the workspace, so it is not
// part of the page's response: the section renders its heading and a placeholder, and asks
// GET /api/claims/[claimId]/similar when it comes near the viewport (at once where there is no
// IntersectionObserver). Decision 0023.
import Link from "next/link";
import { useRef } from "react";
import { routes } from "@/lib/routes";
import type { SimilarClaim } from "@/lib/search/similar";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { useI18n } from "@/components/ui/I18nProvider";
import { useLoadWhenVisible } from "@/components/ui/useLoadWhenVisible";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { excerpt, linkClass } from "@/components/claims/format";

export function SimilarClaims({ claimId }: { claimId: string }) {
  const { t } = useI18n();
  const {
    state,
    ref: sectionRef,
    busy,
    retry: reload,
  } = useLoadWhenVisible<SimilarClaim[]>(routes.api.claimSimilar(claimId));
  const bodyRef = useRef<HTMLDivElement>(null);

  function retry() {
    // The Retry button goes away while loading: keep focus in the section so it is not lost to <body>.
    bodyRef.current?.focus();
    reload();
  }

  return (
    <section
      ref={sectionRef}
      aria-labelledby="similar-heading"
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="similar-claims"
    >
      <h2 id="similar-heading" className="text-lg font-semibold text-gray-950">
        {t("similar.heading")}
      </h2>
      {/* Reserves the height of about two results, so the page does not jump when they arrive. */}
      <div ref={bodyRef} tabIndex={-1} aria-busy={busy} className="flex min-h-32 flex-col gap-3 outline-none">
        <p role="status" className="sr-only">
          {busy
            ? t("similar.loading")
            : state.kind === "done"
              ? state.data.length > 0
                ? t("similar.loaded", { count: state.data.length })
                : t("similar.empty")
              : ""}
        </p>
        {busy && (
          <ul aria-hidden="true" className="flex flex-col gap-3" data-testid="similar-claims-placeholder">
            {[0, 1].map((i) => (
              <li
                key={i}
                className="flex flex-col motion-safe:animate-pulse gap-2 rounded-md border border-gray-200 p-3"
              >
                <span className="h-4 w-1/3 rounded bg-gray-200" />
                <span className="h-4 w-full rounded bg-gray-100" />
              </li>
            ))}
          </ul>
        )}
        {state.kind === "failed" && (
          <LoadFailed message={state.message ?? t("similar.error")} retryLabel={t("similar.retry")} onRetry={retry} />
        )}
        {state.kind === "done" &&
          (state.data.length === 0 ? (
            <p className="text-sm text-gray-700">{t("similar.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {state.data.map((s) => (
                <li
                  key={s.id}
                  className="flex flex-col gap-1 rounded-md border border-gray-200 p-3 text-sm"
                  data-testid="similar-claim"
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <VerdictBadge verdict={s.verdict} label={t(`verdict.${s.verdict}`)} size="sm" />
                    <span className="font-medium text-gray-950">{s.claimant}</span>
                    <span className="text-xs text-gray-700">
                      {t("similar.score", { percent: Math.round(s.similarity * 100) })}
                    </span>
                  </div>
                  <p>
                    <Link href={routes.claim(s.id)} className={linkClass}>
                      “{excerpt(s.quote)}”
                    </Link>
                  </p>
                  <p className="text-xs text-gray-700">
                    <Link href={routes.article(s.article.id)} className={linkClass}>
                      {t("search.inArticle", { title: s.article.title })}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
