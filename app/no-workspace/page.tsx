// Where a signed-in account with no membership lands: it says so and offers to sign out.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { signOutAction } from "@/components/layout/actions";
import { Button } from "@/components/ui/Button";

/** Signed out: sign in. A member of some workspace after all: their claims. Otherwise: stay. */
async function settle(): Promise<void> {
  try {
    await requireActor();
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") redirect(routes.signIn(routes.claims()));
    if (e instanceof AppError && e.messageKey === "errors.noWorkspace") return;
    throw e;
  }
  redirect(routes.claims());
}

export default async function NoWorkspacePage() {
  await settle();
  const { t } = await getI18n();
  return (
    <div className="mx-auto mt-10 max-w-xl rounded-lg border border-gray-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-gray-900">{t("workspace.none.title")}</h1>
      <p className="mt-2 text-gray-800">{t("errors.noWorkspace")}</p>
      <form action={signOutAction} className="mt-6">
        <Button type="submit" variant="secondary">
          {t("auth.signOut")}
        </Button>
      </form>
    </div>
  );
}
