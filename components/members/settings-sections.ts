// The sections of /settings, in the order of its sub-navigation. A section is shown (and the header's
// "Settings" link appears) for the roles it lists. Another feature adds its page with one entry here.
import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages";
import { routes } from "@/lib/routes";

export type SettingsSection = { href: string; labelKey: MessageKey; roles: readonly Role[] };

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { href: routes.settingsMembers(), labelKey: "members.heading", roles: ["admin"] },
  { href: routes.settingsTokens(), labelKey: "apiTokens.title", roles: ["admin", "editor", "reviewer", "viewer"] },
];

export function settingsSectionsFor(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((s) => s.roles.includes(role));
}
