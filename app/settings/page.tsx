// /settings opens the first section the reader's role may use, or says there is none.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { settingsSectionsFor } from "@/components/members/settings-sections";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("settings.heading") };
}

export default async function SettingsPage() {
  const actor = await requirePageActor(routes.settings());
  const first = settingsSectionsFor(actor.role)[0];
  if (first) redirect(first.href);
  const { t } = await getI18n();
  return (
    <div>
      <h1 className="text-2xl font-semibold text-gray-900">{t("settings.heading")}</h1>
      <p className="mt-2 text-gray-700">{t("settings.nothing")}</p>
    </div>
  );
}
