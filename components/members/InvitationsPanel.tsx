"use client";
// Invitation links: create one (role, days valid, optionally one email), see it once with a copy
// button (only its hash is stored, so it cannot be shown again), and the list of links with their
// status, revocable while unused.
import { useRef, useState, useTransition, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";
import type { InvitationRow } from "@/lib/members/invitations";
import { ZCreateInvitation, INVITATION_DAYS_DEFAULT, INVITATION_DAYS_MAX } from "@/lib/members/schemas";
import { ROLES } from "@/lib/auth/permissions";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { formatDate } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";

const FIELDS = ["role", "expiresInDays", "email"] as const;
type FieldName = (typeof FIELDS)[number];
const ID: Record<FieldName, string> = {
  role: "invite-role",
  expiresInDays: "invite-days",
  email: "invite-email",
};

const STATUS_CLASS: Record<InvitationRow["status"], string> = {
  pending: "bg-blue-100 text-blue-900",
  used: "bg-green-100 text-green-900",
  revoked: "bg-gray-200 text-gray-900",
  expired: "bg-amber-100 text-amber-900",
};

export function InvitationsPanel({ invitations }: { invitations: InvitationRow[] }) {
  const { t, locale, timeZone } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [, startRefresh] = useTransition();
  const linkRef = useRef<HTMLInputElement>(null);

  const failure = (status: number, message: string) =>
    status === 0 || !message ? t("members.error.network") : message;

  async function onCreate(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const form = e.currentTarget;
    const data = new FormData(form);
    const parsed = ZCreateInvitation.safeParse({
      role: data.get("role"),
      expiresInDays: data.get("expiresInDays"),
      email: data.get("email"),
    });
    setFormError(null);
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      const errs = Object.fromEntries(FIELDS.filter((k) => f[k]).map((k) => [k, t(f[k]!)]));
      setErrors(errs);
      const first = FIELDS.find((k) => errs[k]);
      if (first) document.getElementById(ID[first])?.focus();
      return;
    }
    setErrors({});
    setLink(null);
    setSaving(true);
    const res = await callApi<{ path: string }>(routes.api.invitations(), "POST", parsed.data);
    setSaving(false);
    if (!res.ok) {
      const fields = res.error.fields ?? {};
      const errs = Object.fromEntries(FIELDS.filter((k) => fields[k]).map((k) => [k, fields[k]]));
      if (Object.keys(errs).length > 0) setErrors(errs);
      else setFormError(failure(res.status, res.error.message));
      return;
    }
    setLink(new URL(res.data.path, window.location.origin).toString());
    form.reset();
    startRefresh(() => router.refresh());
    requestAnimationFrame(() => linkRef.current?.select());
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      toast("success", t("invitations.copied"));
    } catch {
      linkRef.current?.select();
      toast("error", t("invitations.copyFailed"));
    }
  }

  async function revoke(id: string) {
    setRevoking(id);
    const res = await callApi<{ id: string }>(routes.api.invitation(id), "DELETE");
    setRevoking(null);
    if (!res.ok) {
      toast("error", failure(res.status, res.error.message));
      return;
    }
    toast("success", t("invitations.revoked"));
    startRefresh(() => router.refresh());
  }

  return (
    <section
      aria-labelledby="invitations"
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <div>
        <h2 id="invitations" className="text-lg font-semibold text-gray-900">
          {t("invitations.heading")}
        </h2>
        <p className="mt-1 text-sm text-gray-700">{t("invitations.intro")}</p>
      </div>
      <form onSubmit={(e) => void onCreate(e)} noValidate className="flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={ID.role} label={t("members.role")} error={errors.role} required>
            <Select id={ID.role} name="role" defaultValue="reviewer" error={errors.role}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id={ID.expiresInDays} label={t("invitations.expiresInDays")} error={errors.expiresInDays} required>
            <TextInput
              id={ID.expiresInDays}
              name="expiresInDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={INVITATION_DAYS_MAX}
              defaultValue={INVITATION_DAYS_DEFAULT}
              aria-required="true"
              error={errors.expiresInDays}
            />
          </Field>
        </div>
        <Field id={ID.email} label={t("invitations.emailOptional")} error={errors.email}>
          <TextInput
            id={ID.email}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            error={errors.email}
          />
        </Field>
        {formError && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {formError}
          </p>
        )}
        <div>
          <Button type="submit" busy={saving}>
            {t("invitations.create")}
          </Button>
        </div>
      </form>
      {link && (
        <div className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3">
          <p role="status" className="text-sm font-medium text-green-900">
            {t("invitations.created")}
          </p>
          <label htmlFor="invite-link" className="text-sm font-medium text-gray-900">
            {t("invitations.link")}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={linkRef}
              id="invite-link"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-gray-400 bg-white px-3 py-2 font-mono text-xs text-gray-900"
            />
            <Button type="button" variant="secondary" onClick={() => void copy()}>
              {t("invitations.copy")}
            </Button>
          </div>
        </div>
      )}
      <div>
        <h3 className="font-semibold text-gray-900">{t("invitations.list")}</h3>
        {invitations.length === 0 ? (
          <p className="mt-1 text-sm text-gray-700">{t("invitations.none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {invitations.map((i) => {
              const created = formatDate(locale, i.createdAt, timeZone);
              return (
                <li
                  key={i.id}
                  data-testid="invitation"
                  className="flex flex-col gap-1 rounded-md border border-gray-200 p-3 text-sm sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-medium text-gray-900">
                      <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[i.status]}`}>
                        {t(`invitations.status.${i.status}`)}
                      </span>
                      {t(`role.${i.role}`)}
                    </p>
                    <p className="break-all text-gray-700">
                      {i.email ? t("invitations.forEmail", { email: i.email }) : t("invitations.anyone")}
                    </p>
                    <p className="text-gray-700">
                      {t("invitations.createdBy", {
                        name: i.createdBy?.name ?? t("notifications.someone"),
                        date: created,
                      })}
                    </p>
                    {i.status === "pending" && (
                      <p className="text-gray-700">
                        {t("invitations.expires", { date: formatDate(locale, i.expiresAt, timeZone) })}
                      </p>
                    )}
                    {i.usedBy && <p className="text-gray-700">{t("invitations.usedBy", { name: i.usedBy.name })}</p>}
                  </div>
                  {i.status === "pending" && (
                    <Button
                      type="button"
                      variant="danger"
                      className="shrink-0 self-start"
                      aria-label={t("invitations.revoke.label", { role: t(`role.${i.role}`), date: created })}
                      busy={revoking === i.id}
                      disabled={revoking !== null}
                      onClick={() => void revoke(i.id)}
                    >
                      {t("invitations.revoke")}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
