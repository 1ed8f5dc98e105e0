"use client";
import { useActionState, useEffect } from "react";
import { formatNumber } from "@/lib/i18n/locales";
import { useI18n } from "@/components/ui/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Field, TextInput } from "@/components/ui/Field";
import { signInAction, type SignInState } from "@/app/signin/actions";

const INITIAL: SignInState = { email: "", attempt: 0 };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { t, locale } = useI18n();
  const [state, formAction, pending] = useActionState(signInAction, INITIAL);

  // After a refused attempt: focus the first field in error; for wrong credentials, the password.
  useEffect(() => {
    if (state.attempt === 0) return;
    const target = state.fields?.email ? "email" : state.fields?.password || state.formError ? "password" : null;
    if (target) document.getElementById(target)?.focus();
  }, [state]);

  const formError = state.formError
    ? t(
        state.formError.key,
        state.formError.params?.seconds === undefined
          ? undefined
          : { seconds: formatNumber(locale, state.formError.params.seconds) },
      )
    : null;

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div
        role="alert"
        className={formError ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" : undefined}
      >
        {formError}
      </div>
      <Field id="email" label={t("auth.signIn.email")} error={state.fields?.email && t(state.fields.email)} required>
        <TextInput
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          aria-required="true"
          defaultValue={state.email}
          error={state.fields?.email && t(state.fields.email)}
          // The page exists only to sign in: the first field is where every visitor starts typing.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
      </Field>
      <Field
        id="password"
        label={t("auth.signIn.password")}
        error={state.fields?.password && t(state.fields.password)}
        required
      >
        <TextInput
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-required="true"
          error={state.fields?.password && t(state.fields.password)}
        />
      </Field>
      <Button type="submit" busy={pending} className="mt-2 w-full py-2.5">
        {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}
