"use server";
// Accepting an invitation from the join page. Signed out, a new account is created with the name and
// password given (Argon2id, lib/members/invitations.ts) and then signed in with them, so the person
// lands in the workspace; signed in, that account joins. Either way the joined workspace becomes the
// current one. The domain function spends the link atomically and says why a link cannot be used.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth, signIn } from "@/lib/auth/config";
import { WORKSPACE_COOKIE } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/http/field-errors";
import { acceptInvitation } from "@/lib/members/invitations";
import { ZAcceptInvitation } from "@/lib/members/schemas";
import { routes } from "@/lib/routes";

/** Message keys (the form translates them), never raw text. */
export type JoinState = {
  name: string;
  email: string;
  fields?: { name?: string; email?: string; password?: string };
  formError?: string;
  /** Bumped on every refused attempt, so the form moves focus again even when the message repeats. */
  attempt: number;
};

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function joinAction(prev: JoinState, formData: FormData): Promise<JoinState> {
  const str = (k: string) => {
    const v = formData.get(k);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const attempt = prev.attempt + 1;
  const base = { name: str("name") ?? "", email: str("email") ?? "", attempt };
  const session = await auth();
  const userId = session?.user?.id ?? null;
  const parsed = ZAcceptInvitation.safeParse(
    userId
      ? { token: str("token") }
      : { token: str("token"), name: str("name"), password: str("password"), email: str("email") },
  );
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return { ...base, fields: { name: f.name, email: f.email, password: f.password }, formError: f.token };
  }

  let joined: Awaited<ReturnType<typeof acceptInvitation>>;
  try {
    joined = await acceptInvitation(parsed.data, userId);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const f = e.extra.fields ?? {};
    if (f.name || f.email || f.password)
      return { ...base, fields: { name: f.name, email: f.email, password: f.password } };
    return { ...base, formError: e.messageKey };
  }

  (await cookies()).set(WORKSPACE_COOKIE, joined.workspace.slug, {
    maxAge: ONE_YEAR,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
  // Success redirects (Next's redirect is thrown, and must propagate).
  if (joined.newAccount) {
    try {
      await signIn("credentials", { email: joined.email, password: parsed.data.password, redirectTo: routes.claims() });
    } catch (e) {
      // The account and membership exist; if signing in is refused here (throttled), the sign-in page can do it.
      if (e instanceof AuthError) redirect(routes.signIn(routes.claims()));
      throw e;
    }
  }
  redirect(routes.claims());
}
