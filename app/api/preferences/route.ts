// Remembers the reader's choices in cookies: the language (anyone, signed in or not) and the workspace
// (only one the signed-in user is a member of). JSON in, { data } or { error } out, like every API route.
import { cookies } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/config";
import { listWorkspacesOf, WORKSPACE_COOKIE } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { publicApiRoute } from "@/lib/http/route";
import { ZText } from "@/lib/http/text";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

const ZPreferences = z
  .object({
    locale: z.enum(LOCALES, { error: "validation.required" }).optional(),
    workspace: ZText({
      max: 64,
      required: "validation.required",
      tooLong: "validation.unknownId",
      invalid: "validation.unknownId",
    }).optional(),
  })
  .refine((v) => v.locale !== undefined || v.workspace !== undefined, {
    error: "validation.required",
    path: ["_form"],
  });

export const POST = publicApiRoute(ZPreferences, async ({ locale, workspace }) => {
  if (workspace !== undefined) {
    const userId = (await auth())?.user?.id;
    if (!userId) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const memberOf = await listWorkspacesOf(userId);
    if (!memberOf.some((w) => w.slug === workspace)) throw new AppError("FORBIDDEN", "errors.forbidden");
  }

  const jar = await cookies();
  const options = { maxAge: ONE_YEAR, sameSite: "lax", path: "/", httpOnly: true } as const;
  if (locale !== undefined) jar.set(LOCALE_COOKIE, locale, options);
  if (workspace !== undefined) jar.set(WORKSPACE_COOKIE, workspace, options);
  return { locale, workspace };
});
