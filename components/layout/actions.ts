"use server";
import { signOut } from "@/lib/auth/config";

// Clears the cookie; Auth.js's signOut event (lib/auth/nextauth.ts) also ends the session on the
// server, so a copy of the cookie stops working too.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
