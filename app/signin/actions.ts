"use server";
import { AuthError, type CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { ZSignIn } from "@/lib/auth/schemas";
import { fieldErrors } from "@/lib/http/route";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

/** Message keys (translated by the form, so a language switch re-translates them), never raw text. */
export type SignInState = {
  email: string;
  fields?: { email?: string; password?: string };
  formError?: { key: string; params?: Record<string, number> };
  /** Bumped on every refused attempt, so the form moves focus again even when the message repeats. */
  attempt: number;
};

export async function signInAction(prev: SignInState, formData: FormData): Promise<SignInState> {
  const str = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const email = str("email");
  const attempt = prev.attempt + 1;
  const parsed = ZSignIn.safeParse({ email, password: str("password"), callbackUrl: str("callbackUrl") || undefined });
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return { email, attempt, fields: { email: f.email, password: f.password } };
  }

  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(parsed.data.callbackUrl),
    });
  } catch (error) {
    // Success throws Next's redirect; that and anything unexpected must propagate.
    if (!(error instanceof AuthError)) throw error;
    if (error.type === "CredentialsSignin") {
      const code = (error as CredentialsSignin).code ?? "";
      const throttled = /^throttled:(\d+)$/.exec(code);
      if (throttled)
        return { email, attempt, formError: { key: "errors.throttled", params: { seconds: Number(throttled[1]) } } };
      return { email, attempt, formError: { key: "auth.signIn.invalid" } };
    }
    console.error("Sign-in failed unexpectedly", error);
    return { email, attempt, formError: { key: "errors.generic" } };
  }
  return { email, attempt };
}
