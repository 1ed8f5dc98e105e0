// The settings shell: a sub-navigation of the sections the reader's role may open, and the section.
import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { settingsSectionsFor } from "@/components/members/settings-sections";
import { SettingsNav } from "@/app/settings/SettingsNav";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const [actor, { t }] = await Promise.all([requirePageActor(routes.settings()), getI18n()]);
  const sections = settingsSectionsFor(actor.role);
  return (
    <div className="flex flex-col gap-5 md:flex-row md:gap-8">
      {sections.length > 0 && (
        <div className="md:w-48 md:shrink-0">
          <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-gray-600 uppercase">
            {t("settings.heading")}
          </p>
          <SettingsNav
            label={t("settings.nav")}
            items={sections.map((s) => ({ href: s.href, label: t(s.labelKey) }))}
          />
        </div>
      )}
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
