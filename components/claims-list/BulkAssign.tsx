"use client";
// Bulk assignment (and unassignment) on the claims list (editors and admins; decision 0015). A provider holds the
// selection of this page's claims; the list's rows (ClaimsTable) hold a checkbox each, "select all" sits
// above them; the action bar sticks to the bottom of the screen while
// anything is selected. All or nothing (decision 0012): when the server refuses because claims
// changed under the selection, the bar says which ones (by their quotes), the list refreshes to show
// them as they are, and the selection stays so the editor can look and try again.
import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { PRIORITIES, type TReviewStatus } from "@/lib/claims/vocabulary";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import type { TBulkAssignClaims, TBulkUnassignClaims } from "@/lib/reviews/schemas";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";

export type BulkClaim = { id: string; version: number; quote: string };
export type BulkAssignee = { id: string; name: string; role: string };

type Selection = {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  count: number;
  total: number;
};

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const s = useContext(SelectionContext);
  if (!s) throw new Error("Bulk selection controls must sit inside BulkAssignProvider");
  return s;
}

/** Wraps the list: the selection of this page's claims and the action bar. */
export function BulkAssignProvider({
  claims,
  assignees,
  children,
}: {
  claims: BulkClaim[];
  assignees: BulkAssignee[];
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only claims still on the page count (after a refresh or a page change the rest drop out).
  const onPage = useMemo(() => new Set(claims.map((c) => c.id)), [claims]);
  const live = useMemo(() => new Set([...selected].filter((id) => onPage.has(id))), [selected, onPage]);
  const value = useMemo<Selection>(
    () => ({
      selected: live,
      count: live.size,
      total: claims.length,
      toggle: (id, on) =>
        setSelected((s) => {
          const next = new Set(s);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setAll: (on) => setSelected(on ? new Set(claims.map((c) => c.id)) : new Set()),
    }),
    [live, claims],
  );
  return (
    <SelectionContext.Provider value={value}>
      {children}
      {live.size > 0 && <ActionBar claims={claims} assignees={assignees} />}
    </SelectionContext.Provider>
  );
}

/** One claim's checkbox. */
export function RowCheckbox({ id, quote }: { id: string; quote: string }) {
  const { t } = useI18n();
  const { selected, toggle } = useSelection();
  const short = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  return (
    <input
      type="checkbox"
      id={`select-${id}`}
      data-testid="select-claim"
      className="size-5 accent-blue-700"
      checked={selected.has(id)}
      onChange={(e) => toggle(id, e.target.checked)}
      aria-label={t("lists.bulk.select", { quote: short })}
    />
  );
}

/** "Select all on this page", above the rows: checked when all are, mixed when some are. */
export function SelectAllCheckbox() {
  const { t } = useI18n();
  const { count, total, setAll } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && count < total;
  }, [count, total]);
  return (
    <label htmlFor={id} className="inline-flex items-center gap-2 self-start text-sm font-medium text-gray-900">
      <input
        ref={ref}
        type="checkbox"
        id={id}
        className="size-5 accent-blue-700"
        checked={total > 0 && count === total}
        onChange={(e) => setAll(e.target.checked)}
      />
      {t("lists.bulk.selectAll")}
    </label>
  );
}

type Problem = { intro: string; items: string[] };

/** The end of the chosen day in the reader's time zone, as an instant (the server wants an offset). */
function endOfLocalDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(y, m - 1, d, 23, 59, 0).toISOString();
}

function localToday(): string {
  const now = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function ActionBar({ claims, assignees }: { claims: BulkClaim[]; assignees: BulkAssignee[] }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const { selected, count, setAll } = useSelection();
  const [busy, setBusy] = useState<"assign" | "unassign" | null>(null);
  const [, startRefresh] = useTransition();
  const [assignee, setAssignee] = useState("");
  const [due, setDue] = useState("");
  const [priority, setPriority] = useState("");
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [problem, setProblem] = useState<({ message: string } & Partial<Problem>) | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const quoteOf = (id: string) => claims.find((c) => c.id === id)?.quote ?? t("lists.bulk.unknownClaim");

  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  async function assign() {
    setProblem(null);
    setFieldError(null);
    if (!assignee) {
      setFieldError({ field: "assigneeId", message: t("validation.required") });
      document.getElementById(`${uid}-assignee`)?.focus();
      return;
    }
    const body: TBulkAssignClaims = {
      claims: chosen(),
      assigneeId: assignee,
      ...(due ? { dueAt: endOfLocalDay(due) } : {}),
      ...(priority ? { priority: priority as TBulkAssignClaims["priority"] } : {}),
    };
    const name = assignees.find((a) => a.id === assignee)?.name ?? "";
    await send("assign", routes.api.bulkAssignment(), body, (count) => t("lists.bulk.assigned", { count, name }));
  }

  async function unassign() {
    setProblem(null);
    setFieldError(null);
    const body: TBulkUnassignClaims = { claims: chosen() };
    await send("unassign", routes.api.bulkUnassignment(), body, (count) => t("lists.bulk.unassigned", { count }));
  }

  function chosen() {
    return claims.filter((c) => selected.has(c.id)).map((c) => ({ id: c.id, version: c.version }));
  }

  async function send(kind: "assign" | "unassign", url: string, body: unknown, done: (count: number) => string) {
    setBusy(kind);
    const res = await callApi<{ claims: unknown[] }>(url, "POST", body);
    setBusy(null);
    if (res.ok) {
      toast("success", done(res.data.claims.length));
      setAll(false);
      startRefresh(() => router.refresh());
      return;
    }
    if (res.error.code === "INVALID" && res.error.fields) {
      const [field, message] = Object.entries(res.error.fields)[0] ?? ["_form", res.error.message];
      if (field === "dueAt" || field === "assigneeId" || field === "priority") {
        setFieldError({ field, message });
        return;
      }
    }
    const details = (res.error.details ?? {}) as {
      changed?: { id: string; current?: { status?: TReviewStatus; lastChange?: { by: string | null } | null } }[];
      refused?: { id: string; reason: string }[];
      missing?: string[];
    };
    let extra: Partial<Problem> = {};
    if (details.changed?.length) {
      extra = {
        intro: t("lists.bulk.changedIntro"),
        items: details.changed.map((c) => {
          const by = c.current?.lastChange?.by;
          const status = c.current?.status ? t(`review.status.${c.current.status}`) : "";
          return by ? `“${quoteOf(c.id)}” (${t("lists.bulk.changedBy", { status, name: by })})` : `“${quoteOf(c.id)}”`;
        }),
      };
      // Show the changed claims as they are now; the selection stays for a second try.
      startRefresh(() => router.refresh());
    } else if (details.refused?.length) {
      extra = {
        intro: t("lists.bulk.refusedIntro"),
        items: details.refused.map((r) => `“${quoteOf(r.id)}”: ${t(r.reason)}`),
      };
    } else if (details.missing?.length) {
      extra = { intro: t("lists.bulk.missingIntro"), items: details.missing.map((id) => `“${quoteOf(id)}”`) };
      startRefresh(() => router.refresh());
    }
    setProblem({
      message: res.status === 0 || !res.error.message ? t("claim.error.network") : res.error.message,
      ...extra,
    });
  }

  const err = (field: string) => (fieldError?.field === field ? fieldError.message : undefined);

  return (
    <section
      aria-label={t("lists.bulk.region")}
      data-testid="bulk-bar"
      className="sticky bottom-0 z-30 -mx-4 flex flex-col gap-3 border-t-2 border-blue-700 bg-white px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] sm:mx-0 sm:rounded-t-lg sm:border-x"
    >
      {problem && (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          data-testid="bulk-problem"
          className="max-h-48 overflow-y-auto rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <p className="font-medium">{problem.message}</p>
          {problem.intro && <p className="mt-1">{problem.intro}</p>}
          {problem.items && (
            <ul className="mt-1 list-disc pl-5">
              {problem.items.map((item, i) => (
                <li key={i} className="break-words">
                  {item}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        <p className="w-full text-sm font-semibold text-gray-900 md:w-auto md:pt-8" aria-live="polite">
          {t("lists.bulk.selected", { count })}
        </p>
        <div className="w-full sm:w-56">
          <Field id={`${uid}-assignee`} label={t("lists.bulk.assignee")} error={err("assigneeId")}>
            <Select
              id={`${uid}-assignee`}
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
              error={err("assigneeId")}
              className="w-full"
            >
              <option value="">{t("lists.bulk.choose")}</option>
              {assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({t(`role.${a.role}`)})
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="w-full sm:w-44">
          <Field id={`${uid}-due`} label={t("lists.bulk.dueDate")} hint={t("lists.bulk.dueHint")} error={err("dueAt")}>
            <TextInput
              id={`${uid}-due`}
              type="date"
              min={localToday()}
              value={due}
              onChange={(e) => setDue(e.target.value)}
              hint={t("lists.bulk.dueHint")}
              error={err("dueAt")}
              className="w-full"
            />
          </Field>
        </div>
        <div className="w-full sm:w-44">
          <Field id={`${uid}-priority`} label={t("lists.bulk.priority")} error={err("priority")}>
            <Select
              id={`${uid}-priority`}
              value={priority}
              onChange={(e) => setPriority(e.target.value)}
              error={err("priority")}
              className="w-full"
            >
              <option value="">{t("lists.bulk.keepPriority")}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:pt-6">
          <Button type="button" busy={busy === "assign"} disabled={busy !== null} onClick={() => void assign()}>
            {t("lists.bulk.assign")}
          </Button>
          <Button
            type="button"
            variant="danger"
            busy={busy === "unassign"}
            disabled={busy !== null}
            onClick={() => void unassign()}
          >
            {t("lists.bulk.unassign")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setAll(false)}>
            {t("lists.bulk.clear")}
          </Button>
        </div>
      </div>
    </section>
  );
}
