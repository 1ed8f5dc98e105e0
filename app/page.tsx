import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";

export default async function Home(): Promise<never> {
  // Signed out: straight to sign in (one redirect, not two), coming back to the claims list.
  await requirePageActor("/claims");
  redirect("/claims");
}
