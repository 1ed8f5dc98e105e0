"use client";
// Create, copy (once) and revoke personal API tokens. The new token's secret lives only in this
// component's state: it is shown once, focus moves to it, and it is gone on "I have copied it" or a reload.
import { useEffect, useRef, useState, useTransition, type SubmitEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextInput } from "@/components/ui/Field";
import { useI18n } from "@/components/ui/I18nProvider";
import { LocalTime } from "@/components/ui/LocalTime";
import { useToast } from "@/components/ui/Toast";
import { API_TOKEN_EXPIRY_DAYS, ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { callApi } from "@/lib/http/client";
import { fieldErrors } from "@/lib/http/field-errors";
import { routes } from "@/lib/routes";

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  status: "active" | "revoked" | "expired";
};

const STATUS_STYLE: Record<TokenRow["status"], string> = {
  active: "bg-green-50 text-green-900 border-green-300",
  revoked: "bg-gray-100 text-gray-800 border-gray-300",
  expired: "bg-amber-50 text-amber-900 border-amber-300",
};

export function ApiTokensManager({ tokens, workspaceName }: { tokens: TokenRow[]; workspaceName: string }) {
  const { t, locale, timeZone } = useI18n();
  const router = useRouter();
  const toast = useToast();
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const secretHeading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (secret) secretHeading.current?.focus();
  }, [secret]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function onCreate(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const input = { name, expiresInDays: expiry ? Number(expiry) : null };
    const parsed = ZCreateApiToken.safeParse(input);
    if (!parsed.success) {
      const f = fieldErrors(parsed.error);
      setNameError(f.name ? t(f.name) : null);
      setFormError(f.expiresInDays ? t(f.expiresInDays) : null);
      if (f.name) document.getElementById("api-token-name")?.focus();
      return;
    }
    setNameError(null);
    setFormError(null);
    setSaving(true);
    const res = await callApi<{ token: string; apiToken: { name: string } }>(
      routes.api.apiTokens(),
      "POST",
      parsed.data,
    );
    setSaving(false);
    if (res.ok) {
      setSecret({ name: res.data.apiToken.name, token: res.data.token });
      setName("");
      setExpiry("");
      toast("success", t("apiTokens.created", { name: res.data.apiToken.name }));
      startRefresh(() => router.refresh());
    } else if (res.error.fields?.name) {
      setNameError(res.error.fields.name);
      document.getElementById("api-token-name")?.focus();
    } else {
      setFormError(res.error.message || t("errors.generic"));
    }
  }

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      toast("success", t("apiTokens.copied"));
    } catch {
      toast("error", t("apiTokens.copyFailed"));
      const input = document.getElementById("api-token-secret") as HTMLInputElement | null;
      input?.select();
    }
  }

  async function revoke(row: TokenRow) {
    setRevoking(true);
    const res = await callApi(routes.api.apiToken(row.id), "DELETE");
    setRevoking(false);
    setConfirming(null);
    if (res.ok) {
      toast("success", t("apiTokens.revoked", { name: row.name }));
      listHeading.current?.focus();
      startRefresh(() => router.refresh());
    } else toast("error", res.error.message || t("errors.generic"));
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="api-token-create" className="rounded-lg border border-gray-200 bg-white p-4">
        <h2 id="api-token-create" className="mb-3 text-lg font-semibold text-gray-900">
          {t("apiTokens.create.heading")}
        </h2>
        <form onSubmit={onCreate} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="sm:flex-1">
            <Field
              id="api-token-name"
              label={t("apiTokens.name")}
              hint={t("apiTokens.nameHint")}
              error={nameError ?? undefined}
              required
            >
              <TextInput
                id="api-token-name"
                value={name}
                maxLength={100}
                autoComplete="off"
                onChange={(e) => {
                  setName(e.target.value);
                  if (nameError) setNameError(null);
                }}
                error={nameError ?? undefined}
                hint={t("apiTokens.nameHint")}
                aria-required
              />
            </Field>
          </div>
          <Field id="api-token-expiry" label={t("apiTokens.expiry")}>
            <Select id="api-token-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
              <option value="">{t("apiTokens.expiry.never")}</option>
              {API_TOKEN_EXPIRY_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t("apiTokens.expiry.days", { count: d })}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" busy={saving}>
            {t("apiTokens.create")}
          </Button>
        </form>
        {formError && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            {formError}
          </p>
        )}
      </section>

      {secret && (
        <section
          aria-labelledby="api-token-secret-heading"
          className="flex flex-col gap-3 rounded-lg border border-green-300 bg-green-50 p-4"
        >
          <h2
            id="api-token-secret-heading"
            ref={secretHeading}
            tabIndex={-1}
            className="text-lg font-semibold text-green-950 focus:outline-none"
          >
            {t("apiTokens.secret.heading")}
          </h2>
          <p className="text-sm text-green-950">{t("apiTokens.secret.help")}</p>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="sm:flex-1">
              <Field id="api-token-secret" label={t("apiTokens.secret.label")}>
                <TextInput
                  id="api-token-secret"
                  readOnly
                  value={secret.token}
                  className="w-full font-mono"
                  onFocus={(e) => e.currentTarget.select()}
                />
              </Field>
            </div>
            <Button type="button" variant="secondary" onClick={() => void copy()}>
              {t("apiTokens.copy")}
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setSecret(null);
                listHeading.current?.focus();
              }}
            >
              {t("apiTokens.done")}
            </Button>
          </div>
        </section>
      )}

      <section aria-labelledby="api-token-list" className="flex flex-col gap-3">
        <h2
          id="api-token-list"
          ref={listHeading}
          tabIndex={-1}
          className="text-lg font-semibold text-gray-900 focus:outline-none"
        >
          {t("apiTokens.list.heading", { workspace: workspaceName })}
        </h2>
        {tokens.length === 0 ? (
          <p className="rounded-lg border border-dashed border-gray-300 bg-white px-4 py-6 text-center text-sm text-gray-800">
            {t("apiTokens.empty")}
          </p>
        ) : (
          <div
            className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
            aria-busy={refreshing || undefined}
          >
            <table className="w-full text-left text-sm">
              <thead className="bg-gray-50 text-xs text-gray-700 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.token")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.created")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.lastUsed")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.expires")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("apiTokens.col.status")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("apiTokens.col.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {tokens.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" className="px-3 py-2 font-medium text-gray-900">
                      {row.name}
                    </th>
                    <td className="px-3 py-2 font-mono text-xs whitespace-nowrap text-gray-800">{row.prefix}…</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      <LocalTime value={row.createdAt} locale={locale} timeZone={timeZone} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {row.lastUsedAt ? (
                        <LocalTime value={row.lastUsedAt} locale={locale} timeZone={timeZone} />
                      ) : (
                        t("apiTokens.neverUsed")
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {row.expiresAt ? (
                        <LocalTime value={row.expiresAt} locale={locale} timeZone={timeZone} mode="date" />
                      ) : (
                        t("apiTokens.noExpiry")
                      )}
                    </td>
                    <td className="px-3 py-2">
                      <span
                        className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[row.status]}`}
                      >
                        {t(`apiTokens.status.${row.status}`)}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      {row.status === "active" &&
                        (confirming === row.id ? (
                          <div className="flex min-w-56 flex-col gap-2">
                            <p className="text-sm text-gray-900">{t("apiTokens.revoke.confirm", { name: row.name })}</p>
                            <div className="flex gap-2">
                              <Button
                                ref={confirmButton}
                                type="button"
                                variant="danger"
                                busy={revoking}
                                onClick={() => void revoke(row)}
                              >
                                {t("apiTokens.revoke.yes")}
                              </Button>
                              <Button type="button" variant="ghost" onClick={() => setConfirming(null)}>
                                {t("apiTokens.revoke.cancel")}
                              </Button>
                            </div>
                          </div>
                        ) : (
                          <Button
                            type="button"
                            variant="danger"
                            aria-label={t("apiTokens.revoke.label", { name: row.name })}
                            onClick={() => setConfirming(row.id)}
                          >
                            {t("apiTokens.revoke")}
                          </Button>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
