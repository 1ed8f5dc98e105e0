import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { routes } from "@/lib/routes";

export default async function Home(): Promise<never> {
  // Signed out: straight to sign in (one redirect, not two), coming back to the claims list.
  await requirePageActor(routes.claims());
  redirect(routes.claims());
}
