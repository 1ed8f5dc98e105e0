"use client";
// Adding a link: pick the relation, search every article's claims for the other one, link it.
// Results come from the link-candidates endpoint (full-text search, lib/links/candidates.ts).
import { useEffect, useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { CLAIM_LINK_TYPES, type TClaimLinkType } from "@/lib/claims/vocabulary";
import type { LinkCandidate } from "@/lib/links/candidates";

const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;

export function LinkPicker({ claimId }: { claimId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const uid = useId();
  const [type, setType] = useState<TClaimLinkType>("contradicts");
  const [q, setQ] = useState("");
  const [state, setState] = useState<{ q: string; results: LinkCandidate[] } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [, startRefresh] = useTransition();
  const query = q.trim();
  const searching = query.length >= MIN_QUERY && state?.q !== query;

  useEffect(() => {
    if (query.length < MIN_QUERY) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(routes.api.claimLinkCandidates(claimId, query), { signal: abort.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ data: LinkCandidate[] }>) : { data: [] }))
        .then((json) => setState({ q: query, results: json.data }))
        .catch(() => {
          if (!abort.signal.aborted) setState({ q: query, results: [] });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [claimId, query]);

  async function link(other: LinkCandidate) {
    setBusyId(other.id);
    const res = await callApi<{ id: string }>(routes.api.claimLinks(claimId), "POST", { toClaimId: other.id, type });
    setBusyId(null);
    if (res.ok) {
      toast("success", t("links.add.done"));
      setQ("");
      setState(null);
      document.getElementById(`${uid}-q`)?.focus();
      startRefresh(() => router.refresh());
      return;
    }
    toast("error", res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message);
  }

  const results = state && state.q === query ? state.results : [];
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field id={`${uid}-type`} label={t("links.add.type")}>
          <Select id={`${uid}-type`} value={type} onChange={(e) => setType(e.target.value as TClaimLinkType)}>
            {CLAIM_LINK_TYPES.map((lt) => (
              <option key={lt} value={lt}>
                {t(`linkType.${lt}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${uid}-q`} label={t("links.add.search")} hint={t("links.add.searchHint")}>
          <TextInput
            id={`${uid}-q`}
            type="search"
            autoComplete="off"
            value={q}
            hint={t("links.add.searchHint")}
            onChange={(e) => setQ(e.target.value)}
          />
        </Field>
      </div>
      <p className="text-sm text-gray-700" role="status" aria-live="polite">
        {query.length < MIN_QUERY
          ? ""
          : searching
            ? t("links.add.searching")
            : results.length === 0
              ? t("links.add.noResults")
              : t("links.add.results", { count: results.length })}
      </p>
      {results.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="link-candidates">
          {results.map((c) => (
            <li
              key={c.id}
              className="flex flex-col gap-2 rounded-md border border-gray-200 p-3 sm:flex-row sm:items-start"
            >
              <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
                  <span className="font-medium text-gray-950">{c.claimant}</span>
                </div>
                <p className="text-gray-900">“{c.quote}”</p>
                <p className="text-xs text-gray-700">{t("search.inArticle", { title: c.article.title })}</p>
              </div>
              <Button
                type="button"
                variant="secondary"
                className="shrink-0 px-2 py-1 text-xs"
                busy={busyId === c.id}
                disabled={busyId !== null}
                onClick={() => void link(c)}
                aria-label={t("links.add.submitLabel", { relation: t(`linkType.${type}`), claimant: c.claimant })}
              >
                {t("links.add.submit")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
