"use client";
import { useActionState, useEffect } from "react";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Field, TextInput } from "@/components/ui/Field";
import { PASSWORD_MIN } from "@/lib/members/schemas";
import { joinAction, type JoinState } from "@/app/invite/[token]/actions";

const INITIAL: JoinState = { name: "", email: "", attempt: 0 };

/**
 * Signed out (`signedIn` false): name, email when the invitation names none, and a password, then
 * join. Signed in: one button.
 */
export function JoinForm({ token, signedIn, askEmail }: { token: string; signedIn: boolean; askEmail: boolean }) {
  const { t } = useI18n();
  const [state, formAction, pending] = useActionState(joinAction, INITIAL);
  const f = state.fields ?? {};

  // After a refused attempt: the first field in error, or the message.
  useEffect(() => {
    if (state.attempt === 0) return;
    const target = f.name ? "join-name" : f.email ? "join-email" : f.password ? "join-password" : "join-error";
    document.getElementById(target)?.focus();
  }, [state, f.name, f.email, f.password]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <div
        id="join-error"
        tabIndex={-1}
        role="alert"
        className={
          state.formError ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" : undefined
        }
      >
        {state.formError ? t(state.formError) : null}
      </div>
      {!signedIn && (
        <>
          <Field id="join-name" label={t("join.name")} error={f.name && t(f.name)} required>
            <TextInput
              id="join-name"
              name="name"
              autoComplete="name"
              aria-required="true"
              defaultValue={state.name}
              error={f.name && t(f.name)}
            />
          </Field>
          {askEmail && (
            <Field id="join-email" label={t("join.email")} error={f.email && t(f.email)} required>
              <TextInput
                id="join-email"
                name="email"
                type="email"
                inputMode="email"
                autoComplete="username"
                spellCheck={false}
                aria-required="true"
                defaultValue={state.email}
                error={f.email && t(f.email)}
              />
            </Field>
          )}
          <Field
            id="join-password"
            label={t("join.password")}
            error={f.password && t(f.password)}
            hint={t("join.passwordHelp")}
            required
          >
            <TextInput
              id="join-password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={PASSWORD_MIN}
              aria-required="true"
              error={f.password && t(f.password)}
              hint={t("join.passwordHelp")}
            />
          </Field>
        </>
      )}
      <Button type="submit" busy={pending} className="mt-2 w-full py-2.5">
        {pending ? t("join.joining") : signedIn ? t("join.accept") : t("join.submit")}
      </Button>
    </form>
  );
}
