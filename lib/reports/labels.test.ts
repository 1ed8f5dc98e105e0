import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/locales";
import { isWebUrl, labelsFor, summarise } from "@/lib/reports/labels";
import { sampleClaims } from "@/lib/reports/testing";

describe("report labels", () => {
  it("write numbers and dates exactly as the rest of the app does, in both languages", () => {
    for (const locale of ["en", "id"] as const) {
      const l = labelsFor({ locale, timeZone: "Asia/Jakarta" });
      for (const n of [14000, 3.5, 1234567.25, 0]) expect(l.number(n)).toBe(formatNumber(locale, n));
      expect(l.day("2025-04-28")).toBe(formatDate(locale, "2025-04-28"));
      expect(l.moment("2025-04-28T05:00:00.000Z")).toBe(
        formatDateTime(locale, "2025-04-28T05:00:00.000Z", "Asia/Jakarta"),
      );
    }
    expect(labelsFor({ locale: "id", timeZone: "UTC" }).number(14000)).toBe("14.000");
    expect(labelsFor({ locale: "en", timeZone: "UTC" }).number(14000)).toBe("14,000");
  });

  it("word quantities with their qualifier and unit in the reader's language", () => {
    const q = { value: 14000, unit: "soldiers", qualifier: "about" as const, text: "14.000 tentara" };
    expect(labelsFor({ locale: "id", timeZone: "UTC" }).quantity(q)).toBe("sekitar 14.000 tentara");
    expect(labelsFor({ locale: "en", timeZone: "UTC" }).quantity(q)).toBe("about 14,000 soldiers");
    expect(labelsFor({ locale: "en", timeZone: "UTC" }).quantity({ ...q, qualifier: "exact", value: 25 })).toBe(
      "25 soldiers",
    );
    // A unit or category the catalogs do not know is shown as stored, never as a message key.
    expect(labelsFor({ locale: "id", timeZone: "UTC" }).quantity({ ...q, unit: "howitzers" })).toBe(
      "sekitar 14.000 howitzers",
    );
    expect(labelsFor({ locale: "id", timeZone: "UTC" }).category("sanctions")).toBe("sanctions");
  });

  it("count claims per verdict and sign-offs", () => {
    const claims = sampleClaims();
    const s = summarise(claims);
    expect(s.total).toBe(18);
    expect(Object.values(s.byVerdict).reduce((a, b) => a + b, 0)).toBe(18);
    expect(s.byVerdict.unreviewed).toBe(claims.filter((c) => c.verdict === "unreviewed").length);
    expect(s.signedOff).toBe(claims.filter((c) => c.signedOffAt).length);
  });

  it("treat only http(s) addresses as links", () => {
    expect(isWebUrl("https://web.archive.org/web/2025/x")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
    expect(isWebUrl("data:text/html,hi")).toBe(false);
    expect(isWebUrl("not a url")).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
