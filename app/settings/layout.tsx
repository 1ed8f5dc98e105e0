// The settings shell: a sub-navigation of the sections the reader's role may open, and the section.
// Signed out, it shows the page alone: each page redirects to sign-in with its own path to return to.
import type { ReactNode } from "react";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { settingsSectionsFor } from "@/components/members/settings-sections";
import { SettingsNav } from "@/app/settings/SettingsNav";

async function actorOrNull(): Promise<Actor | null> {
  try {
    return await requireActor();
  } catch {
    return null;
  }
}

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const [actor, { t }] = await Promise.all([actorOrNull(), getI18n()]);
  const sections = actor ? settingsSectionsFor(actor.role) : [];
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
