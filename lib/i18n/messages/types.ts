/** Plain text, or plural forms by Intl.PluralRules category (`other` is always there). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
