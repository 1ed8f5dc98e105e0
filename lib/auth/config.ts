import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { checkCredentials } from "@/lib/auth/credentials";
import { ZSignIn } from "@/lib/auth/schemas";

/** Carries why a sign-in failed ("invalid" or "throttled:<seconds>") to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZSignIn.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await checkCredentials(parsed.data.email, parsed.data.password);
        if (!result.ok) {
          throw new SignInRefused(result.reason === "throttled" ? `throttled:${result.retryAfterSeconds}` : "invalid");
        }
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
});
