"use client";
// Adds a member directly: an account that already exists (by email), or a new account with a name and
// a password the admin sets and hands over. Same schema as the server; messages at the fields.
import { useState, useTransition, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";
import { ZAddMember, PASSWORD_MIN } from "@/lib/members/schemas";
import { ROLES } from "@/lib/auth/permissions";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";

type Mode = "existing" | "new";
const FIELDS = ["email", "name", "password", "role"] as const;
type FieldName = (typeof FIELDS)[number];
const ID: Record<FieldName, string> = {
  email: "add-member-email",
  name: "add-member-name",
  password: "add-member-password",
  role: "add-member-role",
};

export function AddMemberForm() {
  const { t } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [mode, setMode] = useState<Mode>("new");
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [, startRefresh] = useTransition();

  function showErrors(errs: Partial<Record<FieldName, string>>) {
    setErrors(errs);
    const first = FIELDS.find((f) => errs[f]);
    if (first) document.getElementById(ID[first])?.focus();
  }

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (k: string) => {
      const v = data.get(k);
      return typeof v === "string" ? v : "";
    };
    const parsed = ZAddMember.safeParse(
      mode === "new"
        ? { mode, email: value("email"), name: value("name"), password: value("password"), role: value("role") }
        : { mode, email: value("email"), role: value("role") },
    );
    setFormError(null);
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      showErrors(Object.fromEntries(FIELDS.filter((k) => f[k]).map((k) => [k, t(f[k]!)])));
      return;
    }
    setErrors({});
    setSaving(true);
    const res = await callApi<{ name: string; role: (typeof ROLES)[number] }>(
      routes.api.members(),
      "POST",
      parsed.data,
    );
    setSaving(false);
    if (res.ok) {
      toast("success", t("members.add.done", { name: res.data.name, role: t(`role.${res.data.role}`) }));
      form.reset();
      document.getElementById(ID.email)?.focus();
      startRefresh(() => router.refresh());
      return;
    }
    const fields = res.error.fields ?? {};
    const errs = Object.fromEntries(FIELDS.filter((k) => fields[k]).map((k) => [k, fields[k]]));
    if (Object.keys(errs).length > 0) showErrors(errs);
    else setFormError(res.status === 0 || !res.error.message ? t("members.error.network") : res.error.message);
  }

  return (
    <section aria-labelledby="add-member" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="add-member" className="text-lg font-semibold text-gray-900">
        {t("members.add.heading")}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="mt-3 flex flex-col gap-3">
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-gray-900">{t("members.add.mode")}</legend>
          {(["new", "existing"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm text-gray-900">
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setErrors({});
                }}
              />
              {t(m === "new" ? "members.add.new" : "members.add.existing")}
            </label>
          ))}
        </fieldset>
        <Field id={ID.email} label={t("members.email")} error={errors.email} required>
          <TextInput
            id={ID.email}
            name="email"
            type="email"
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            aria-required="true"
            error={errors.email}
          />
        </Field>
        {mode === "new" && (
          <>
            <Field id={ID.name} label={t("members.add.name")} error={errors.name} required>
              <TextInput id={ID.name} name="name" autoComplete="off" aria-required="true" error={errors.name} />
            </Field>
            <Field
              id={ID.password}
              label={t("members.add.password")}
              error={errors.password}
              hint={t("members.add.passwordHelp")}
              required
            >
              <TextInput
                id={ID.password}
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN}
                aria-required="true"
                error={errors.password}
                hint={t("members.add.passwordHelp")}
              />
            </Field>
          </>
        )}
        <Field id={ID.role} label={t("members.role")} error={errors.role} required>
          <Select id={ID.role} name="role" defaultValue="reviewer" error={errors.role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        {formError && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {formError}
          </p>
        )}
        <div>
          <Button type="submit" busy={saving}>
            {t("members.add.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
