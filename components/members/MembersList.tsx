"use client";
// The members of the workspace as cards (readable at phone width): name, email, role, status and open
// assignments, with the admin's controls. A refusal (the last admin) shows at the member it concerns.
// Deactivating asks first, then lists the claims still assigned to that person with links to reassign.
import { useEffect, useRef, useState, useTransition, type SubmitEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MemberRow, UpdateMemberResult } from "@/lib/members/members";
import type { TUpdateMember } from "@/lib/members/schemas";
import { ROLES } from "@/lib/auth/permissions";
import { callApi, type ApiResult } from "@/lib/http/client";
import { formatDate } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { Button } from "@/components/ui/Button";
import { Select } from "@/components/ui/Field";
import { LocalTime } from "@/components/ui/LocalTime";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";

type Reassign = { userId: string; name: string; open: NonNullable<UpdateMemberResult["openAssignments"]> };

export function MembersList({ members, workspaceName }: { members: MemberRow[]; workspaceName: string }) {
  const { t, locale, timeZone } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [reassign, setReassign] = useState<Reassign | null>(null);
  const [, startRefresh] = useTransition();
  const reassignHeading = useRef<HTMLHeadingElement>(null);

  // The list of claims to reassign is the next thing to read: take the reader there when it appears.
  useEffect(() => {
    if (reassign) reassignHeading.current?.focus();
  }, [reassign]);

  const message = (res: Extract<ApiResult<unknown>, { ok: false }>) =>
    res.status === 0 || !res.error.message ? t("members.error.network") : res.error.message;

  async function update(m: MemberRow, body: TUpdateMember): Promise<UpdateMemberResult | null> {
    setBusy(m.userId);
    setErrors((e) => ({ ...e, [m.userId]: "" }));
    const { userId: _u, ...rest } = body;
    const res = await callApi<UpdateMemberResult>(routes.api.member(m.userId), "PATCH", rest);
    setBusy(null);
    if (!res.ok) {
      setErrors((e) => ({ ...e, [m.userId]: message(res) }));
      return null;
    }
    startRefresh(() => router.refresh());
    return res.data;
  }

  async function onChangeRole(e: SubmitEvent<HTMLFormElement>, m: MemberRow) {
    e.preventDefault();
    const role = new FormData(e.currentTarget).get("role");
    const picked = ROLES.find((r) => r === role);
    if (!picked || picked === m.role) return;
    const done = await update(m, { userId: m.userId, action: "changeRole", role: picked });
    if (done) toast("success", t("members.roleChanged", { name: m.name, role: t(`role.${picked}`) }));
  }

  async function onDeactivate(m: MemberRow) {
    const done = await update(m, { userId: m.userId, action: "deactivate" });
    setConfirming(null);
    if (!done) return;
    toast("success", t("members.deactivated", { name: m.name }));
    if (done.openAssignments) setReassign({ userId: m.userId, name: m.name, open: done.openAssignments });
  }

  async function onReactivate(m: MemberRow) {
    const done = await update(m, { userId: m.userId, action: "reactivate" });
    if (done) toast("success", t("members.reactivated", { name: m.name }));
  }

  return (
    <section aria-labelledby="members-list" className="flex flex-col gap-3">
      <h2 id="members-list" className="text-lg font-semibold text-gray-900">
        {t("members.list", { workspace: workspaceName })}
      </h2>
      {reassign && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="reassign">
          <h3 ref={reassignHeading} tabIndex={-1} className="font-semibold text-gray-900 focus:outline-none">
            {t("members.reassign.heading", { name: reassign.name })}
          </h3>
          {reassign.open.total === 0 ? (
            <p className="mt-1 text-sm text-gray-800">{t("members.reassign.none")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-gray-800">{t("members.reassign.help")}</p>
              <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm">
                {reassign.open.claims.map((c) => (
                  <li key={c.id}>
                    <Link href={routes.claim(c.id)} className="break-words text-blue-800 underline underline-offset-2">
                      “{c.quote}”
                    </Link>{" "}
                    <span className="text-gray-700">
                      ({c.article.title}
                      {c.dueAt ? `, ${t("members.reassign.due", { date: formatDate(locale, c.dueAt, timeZone) })}` : ""}
                      )
                    </span>
                  </li>
                ))}
              </ul>
              {reassign.open.total > reassign.open.claims.length && (
                <p className="mt-1 text-sm text-gray-700">
                  {t("members.reassign.more", { shown: reassign.open.claims.length, total: reassign.open.total })}
                </p>
              )}
              <p className="mt-2 text-sm">
                <Link
                  href={routes.claimsAssignedTo(reassign.userId)}
                  className="font-medium text-blue-800 underline underline-offset-2"
                >
                  {t("members.reassign.link", { name: reassign.name })}
                </Link>
              </p>
            </>
          )}
          <Button type="button" variant="ghost" className="mt-2" onClick={() => setReassign(null)}>
            {t("common.close")}
          </Button>
        </div>
      )}
      <ul className="flex flex-col gap-2">
        {members.map((m) => {
          const active = !m.deactivatedAt;
          const error = errors[m.userId];
          const selectId = `role-${m.userId}`;
          return (
            <li
              key={m.userId}
              data-testid="member"
              className={`flex flex-col gap-3 rounded-lg border p-4 md:flex-row md:items-start md:justify-between ${active ? "border-gray-200 bg-white" : "border-gray-200 bg-gray-100"}`}
            >
              <div className="min-w-0">
                <p className="font-medium text-gray-900">
                  <span>{m.name}</span>{" "}
                  {m.isYou && <span className="text-sm font-normal text-gray-700">{t("members.you")}</span>}
                </p>
                <p className="text-sm break-all text-gray-700">{m.email}</p>
                <p className="mt-1 text-sm text-gray-800">
                  {t(`role.${m.role}`)} ·{" "}
                  {active ? (
                    t("members.active")
                  ) : (
                    <span>
                      {t("members.status.deactivated")} (
                      <LocalTime value={m.deactivatedAt!} locale={locale} timeZone={timeZone} mode="date" />)
                    </span>
                  )}
                </p>
                <p className="text-sm text-gray-700">
                  {t("members.openAssignments")}:{" "}
                  {m.openAssignments > 0 ? (
                    <Link
                      href={routes.claimsAssignedTo(m.userId)}
                      className="text-blue-800 underline underline-offset-2"
                      aria-label={`${t("members.openAssignments")}: ${m.openAssignments}. ${t("members.reassign.link", { name: m.name })}`}
                    >
                      {m.openAssignments}
                    </Link>
                  ) : (
                    0
                  )}
                </p>
                {error && (
                  <p
                    role="alert"
                    className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
                  >
                    {error}
                  </p>
                )}
              </div>
              <div className="flex flex-col gap-2 md:items-end">
                {active && (
                  <form onSubmit={(e) => void onChangeRole(e, m)} className="flex items-center gap-2">
                    <label htmlFor={selectId} className="sr-only">
                      {t("members.roleFor", { name: m.name })}
                    </label>
                    <Select id={selectId} name="role" defaultValue={m.role} key={m.role} className="py-1.5">
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`role.${r}`)}
                        </option>
                      ))}
                    </Select>
                    <Button
                      type="submit"
                      variant="secondary"
                      disabled={busy !== null}
                      busy={busy === m.userId && confirming === null}
                    >
                      {t("members.changeRole")}
                    </Button>
                  </form>
                )}
                {active && confirming !== m.userId && (
                  <Button
                    type="button"
                    variant="danger"
                    aria-label={t("members.deactivate.label", { name: m.name })}
                    disabled={busy !== null}
                    onClick={() => setConfirming(m.userId)}
                  >
                    {t("members.deactivate")}
                  </Button>
                )}
                {active && confirming === m.userId && (
                  <div
                    role="group"
                    aria-label={t("members.deactivate.label", { name: m.name })}
                    className="flex max-w-sm flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-3"
                  >
                    <p className="text-sm text-red-900">{t("members.deactivate.confirm", { name: m.name })}</p>
                    <div className="flex gap-2">
                      <Button
                        type="button"
                        variant="danger"
                        busy={busy === m.userId}
                        // The confirmation was asked for just now: its button is where the keyboard goes.
                        // eslint-disable-next-line jsx-a11y/no-autofocus
                        autoFocus
                        onClick={() => void onDeactivate(m)}
                      >
                        {t("members.deactivate.yes")}
                      </Button>
                      <Button
                        type="button"
                        variant="secondary"
                        disabled={busy !== null}
                        onClick={() => setConfirming(null)}
                      >
                        {t("common.cancel")}
                      </Button>
                    </div>
                  </div>
                )}
                {!active && (
                  <Button
                    type="button"
                    variant="secondary"
                    aria-label={t("members.reactivate.label", { name: m.name })}
                    busy={busy === m.userId}
                    disabled={busy !== null}
                    onClick={() => void onReactivate(m)}
                  >
                    {t("members.reactivate")}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
