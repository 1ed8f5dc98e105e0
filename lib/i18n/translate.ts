// Message lookup with {param} interpolation. Catalogs are flat objects of key → text per namespace.
import type { Locale } from "@/lib/i18n/locales";
import { catalogs, type MessageKey } from "@/lib/i18n/messages";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: Params) => string;

export function translator(locale: Locale): Translate {
  const messages = catalogs[locale] as Record<string, string>;
  const fallback = catalogs.en as Record<string, string>;
  return (key, params) => {
    const template = messages[key] ?? fallback[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}
