// Message lookup with {param} interpolation and plural forms. Catalogs are flat objects of key → text
// per namespace; a message that depends on a number is an object of plural forms instead, keyed by
// the categories Intl.PluralRules gives for the language (English: one, other; Indonesian: other).
import { formatNumber, type Locale } from "@/lib/i18n/locales";
import { catalogs, type Message, type MessageKey } from "@/lib/i18n/messages";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: Params) => string;

const rulesCache = new Map<Locale, Intl.PluralRules>();
export function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The text for `count` among a message's plural forms; `other` when the category has no form. */
function pick(locale: Locale, message: Message, count: unknown): string {
  if (typeof message === "string") return message;
  const category = typeof count === "number" ? pluralRules(locale).select(count) : "other";
  return message[category] ?? message.other;
}

export function translator(locale: Locale): Translate {
  const messages = catalogs[locale] as Record<string, Message>;
  const fallback = catalogs.en as Record<string, Message>;
  return (key, params) => {
    const entry = messages[key] ?? fallback[key];
    if (entry === undefined) return key;
    // A plural message chooses its form by the `count` parameter (pass the number, not a formatted string).
    const template = pick(locale, entry, params?.count);
    if (!params) return template;
    // Numbers are written the reader's way (14,000 / 14.000).
    return template.replace(/\{(\w+)\}/g, (m, name: string) => {
      if (!(name in params)) return m;
      const v = params[name];
      return typeof v === "number" ? formatNumber(locale, v) : v;
    });
  };
}
