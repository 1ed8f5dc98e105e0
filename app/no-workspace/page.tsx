// Where a signed-in account with no membership lands: it says so and offers to sign out.
import { getI18n } from "@/lib/i18n/server";
import { signOutAction } from "@/components/layout/actions";
import { Button } from "@/components/ui/Button";

export default async function NoWorkspacePage() {
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
