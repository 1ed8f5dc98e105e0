// English is the reference catalog; Indonesian must have exactly the same keys (checked by the type
// below and by lib/i18n/i18n.test.ts). Each feature owns one namespace file per language.
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import type { Message } from "@/lib/i18n/messages/types";

export type { Message, PluralMessage } from "@/lib/i18n/messages/types";

export type MessageKey = keyof typeof en;
export const catalogs = { en, id: id satisfies Record<MessageKey, Message> } as const;
