import "server-only";
// What the app uses from Auth.js. `auth()` here answers only for sessions that are still current
// (lib/auth/actor.ts), so no page or route can accept a cookie from a session that has ended.
export { handlers, signIn, signOut } from "@/lib/auth/nextauth";
export { currentSessionOrNull as auth } from "@/lib/auth/actor";
