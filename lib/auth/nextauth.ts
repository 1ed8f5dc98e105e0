import "server-only";
// The Auth.js instance. Internal to lib/auth: its `readSession` trusts any validly signed token, even one
// from a session that has since ended; everything else uses `auth()` / `requireActor()`, which check.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { checkCredentials } from "@/lib/auth/credentials";
import { ZSignIn } from "@/lib/auth/schemas";
import { endSessionsAtSignOut } from "@/lib/auth/sessions";
import { authRedirect } from "@/lib/auth/callback-url";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The user's session version when this session was issued (see lib/auth/sessions.ts). */
    sessionVersion?: number;
  }
}

/** Carries why a sign-in failed ("invalid" or "throttled:<seconds>") to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

// A function, so the secret is read per request: `next build` loads this module without one, and a
// server without one refuses to start (instrumentation.ts) instead of signing with a known value.
export const {
  handlers,
  auth: readSession,
  signIn,
  signOut,
} = NextAuth(() => ({
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
    redirect({ url, baseUrl }) {
      return authRedirect(url, baseUrl);
    },
    jwt({ token, user }) {
      // Only at sign-in is `user` present: the token keeps the id and the version it was issued with.
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
  events: {
    // Every sign-out path (the header's button, /api/auth/signout) ends the session on the server too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string" && typeof token.sv === "number")
        await endSessionsAtSignOut(token.uid, token.sv);
    },
  },
}));
