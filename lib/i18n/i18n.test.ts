import { describe, expect, it } from "vitest";
import { catalogs, type Message } from "@/lib/i18n/messages";
import { formatNumber, localeFromAcceptLanguage, LOCALES } from "@/lib/i18n/locales";
import { pluralRules, translator } from "@/lib/i18n/translate";
import { GIVEN_VERDICTS, VERDICTS, CLAIM_CATEGORIES } from "@/lib/claims/vocabulary";

describe("message catalogs", () => {
  it("have the same keys in English and Bahasa Indonesia, none empty", () => {
    expect(Object.keys(catalogs.id).sort()).toEqual(Object.keys(catalogs.en).sort());
    const texts = (m: Message) => (typeof m === "string" ? [m] : Object.values(m));
    for (const [key, message] of [...Object.entries(catalogs.en), ...Object.entries(catalogs.id)]) {
      for (const text of texts(message)) expect(text.trim(), key).not.toBe("");
    }
  });

  it("give every counted message each plural form its language uses, and no other", () => {
    const plural = Object.keys(catalogs.en).filter((key) =>
      LOCALES.some((l) => typeof (catalogs[l] as Record<string, Message>)[key] === "object"),
    );
    expect(plural).toContain("claimsList.showing");
    for (const locale of LOCALES) {
      const categories = [...pluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const key of plural) {
        const m = (catalogs[locale] as Record<string, Message>)[key];
        // A language with a single form (Indonesian) may write it as plain text.
        if (typeof m === "string") expect(categories, `${locale} ${key}`).toEqual(["other"]);
        else expect(Object.keys(m).sort(), `${locale} ${key}`).toEqual(categories);
      }
    }
  });

  it("name every verdict, its meaning and every category in both languages", () => {
    for (const locale of ["en", "id"] as const) {
      const messages = catalogs[locale] as Record<string, string>;
      for (const v of VERDICTS) expect(messages[`verdict.${v}`], `${locale} verdict.${v}`).toBeTruthy();
      for (const v of GIVEN_VERDICTS) expect(messages[`verdict.help.${v}`]).toBeTruthy();
      for (const c of CLAIM_CATEGORIES) expect(messages[`category.${c}`]).toBeTruthy();
    }
  });

  it("interpolates parameters and falls back to the key", () => {
    expect(translator("id")("errors.throttled", { seconds: 8 })).toBe(
      "Terlalu banyak percobaan gagal. Coba lagi dalam 8 detik.",
    );
    expect(translator("en")("no.such.key")).toBe("no.such.key");
  });
});

describe("plurals", () => {
  it("agree with the count in English: one claim, two claims, no claims", () => {
    const t = translator("en");
    expect(t("claimsList.showing", { shown: 1, count: 1 })).toBe("Showing 1 of 1 claim");
    expect(t("claimsList.showing", { shown: 1, count: 2 })).toBe("Showing 1 of 2 claims");
    expect(t("claimsList.showing", { shown: 0, count: 0 })).toBe("Showing 0 of 0 claims");
    expect(t("claimsList.showing", { shown: 50, count: 14000 })).toBe("Showing 50 of 14,000 claims");
    expect(t("articles.total", { count: 1 })).toBe("1 article in all.");
    expect(t("articles.total", { count: 21 })).toBe("21 articles in all.");
    expect(t("articles.verdicts.seeAll", { count: 1 })).toBe("Open this claim in the claims list");
  });

  it("use Indonesian's single form, with Indonesian digit grouping", () => {
    const t = translator("id");
    expect(t("claimsList.showing", { shown: 1, count: 1 })).toBe("Menampilkan 1 dari 1 klaim");
    expect(t("claimsList.showing", { shown: 50, count: 14000 })).toBe("Menampilkan 50 dari 14.000 klaim");
    expect(t("articles.total", { count: 1 })).toBe("Semuanya 1 artikel.");
  });

  it("fall back to the other form when the count is missing or not a number", () => {
    expect(translator("en")("claimsList.showing", { shown: 1 })).toBe("Showing 1 of {count} claims");
    expect(translator("en")("claimsList.showing")).toBe("Showing {shown} of {count} claims");
  });
});

describe("locale formatting", () => {
  it("writes numbers the way the reader's language does", () => {
    expect(formatNumber("id", 14000)).toBe("14.000");
    expect(formatNumber("en", 14000)).toBe("14,000");
    expect(formatNumber("id", 3.5)).toBe("3,5");
  });

  it("picks the language from the browser's preference", () => {
    expect(localeFromAcceptLanguage("id-ID,id;q=0.9,en;q=0.8")).toBe("id");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
