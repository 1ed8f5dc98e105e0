// English is the reference catalog; Indonesian must have exactly the same keys (checked by the type
// below and by lib/i18n/catalogs.test.ts). Each feature owns one namespace file per language.
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";

export type MessageKey = keyof typeof en;
export const catalogs = { en, id: id satisfies Record<MessageKey, string> } as const;
