import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { formatNumber, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { GIVEN_VERDICTS, VERDICTS, CLAIM_CATEGORIES } from "@/lib/claims/vocabulary";

describe("message catalogs", () => {
  it("have the same keys in English and Bahasa Indonesia, none empty", () => {
    expect(Object.keys(catalogs.id).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const [key, text] of [...Object.entries(catalogs.en), ...Object.entries(catalogs.id)]) expect(text.trim(), key).not.toBe("");
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
    expect(translator("id")("errors.throttled", { seconds: 8 })).toBe("Terlalu banyak percobaan gagal. Coba lagi dalam 8 detik.");
    expect(translator("en")("no.such.key")).toBe("no.such.key");
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
