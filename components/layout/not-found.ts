import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Awaits a domain read; its NOT_FOUND becomes Next's not-found page (a real 404 outside Suspense). */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
