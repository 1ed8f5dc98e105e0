import { describe, expect, it } from "vitest";
import { findDates, isoWeek } from "./dates";
import type { TLang } from "./quantities";

/** [text, date, precision] of every mention, after checking offsets. */
function dates(text: string, lang: TLang, published: string | null) {
  return findDates(text, lang, published).map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.date, d.precision];
  });
}

// The seed article was published on Monday 28 April 2025.
const MON = "2025-04-28";

describe("weekdays", () => {
  it("resolves a bare weekday to the latest one on or before publication", () => {
    expect(dates("Korea Utara mengonfirmasi pada hari Senin bahwa", "id", MON)).toEqual([
      ["hari Senin", "2025-04-28", "day"],
    ]);
    expect(dates("Rusia mengonfirmasi pada hari Sabtu", "id", MON)).toEqual([["hari Sabtu", "2025-04-26", "day"]]);
    expect(dates("kata dia dalam pesan video, Selasa.", "id", MON)).toEqual([["Selasa", "2025-04-22", "day"]]);
    expect(dates("North Korea confirmed on Monday", "en", MON)).toEqual([["Monday", "2025-04-28", "day"]]);
    expect(dates("Russia confirmed on Saturday", "en", MON)).toEqual([["Saturday", "2025-04-26", "day"]]);
  });

  it("reads 'Minggu' as Sunday only when it names a day", () => {
    expect(dates("KCNA pada hari Minggu menyebut", "id", MON)).toEqual([["hari Minggu", "2025-04-27", "day"]]);
    expect(dates("Minggu lalu Rusia mengatakan", "id", MON)).toEqual([["Minggu lalu", "2025-W17", "week"]]);
  });

  it("looks forward when the sentence speaks of the future, or says next/depan", () => {
    expect(dates("Kim akan bertemu Putin pada hari Kamis", "id", MON)).toEqual([["hari Kamis", "2025-05-01", "day"]]);
    expect(dates("Kim will meet Putin on Monday", "en", MON)).toEqual([["Monday", "2025-05-05", "day"]]);
    expect(dates("pada Senin depan", "id", MON)).toEqual([["Senin depan", "2025-05-05", "day"]]);
    expect(dates("next Friday", "en", MON)).toEqual([["next Friday", "2025-05-02", "day"]]);
  });

  it("looks strictly back for last/lalu", () => {
    expect(dates("pada Senin lalu", "id", MON)).toEqual([["Senin lalu", "2025-04-21", "day"]]);
    expect(dates("last Monday", "en", MON)).toEqual([["last Monday", "2025-04-21", "day"]]);
  });
});

describe("day and month", () => {
  it("takes the publication year, or the year before for a date well after publication", () => {
    expect(dates("pada tanggal 24 April bahwa", "id", MON)).toEqual([["24 April", "2025-04-24", "day"]]);
    expect(dates("said on April 24 that", "en", MON)).toEqual([["April 24", "2025-04-24", "day"]]);
    expect(dates("on 24 April", "en", MON)).toEqual([["24 April", "2025-04-24", "day"]]);
    expect(dates("Zelenskiy said on Jan. 11", "en", "2025-01-13")).toEqual([["Jan. 11", "2025-01-11", "day"]]);
    expect(dates("pada 10 Desember", "id", "2025-01-13")).toEqual([["10 Desember", "2024-12-10", "day"]]);
    expect(dates("on Dec. 10", "en", "2025-01-13")).toEqual([["Dec. 10", "2024-12-10", "day"]]);
  });

  it("keeps a year that is written, and needs no publication date then", () => {
    expect(dates("25 Februari 2025", "id", null)).toEqual([["25 Februari 2025", "2025-02-25", "day"]]);
    expect(dates("April 24, 2025", "en", null)).toEqual([["April 24, 2025", "2025-04-24", "day"]]);
    expect(dates("24 April", "id", null)).toEqual([["24 April", null, "day"]]);
  });

  it("reads Indonesian day/month numerals, and rejects impossible dates", () => {
    expect(dates("Senin (28/4) lalu", "id", MON)).toEqual([
      ["Senin", "2025-04-28", "day"],
      ["28/4", "2025-04-28", "day"],
    ]);
    expect(dates("pada 31 Februari", "id", MON)).toEqual([["31 Februari", null, "day"]]);
    expect(dates("skor 3/15 itu", "id", MON)).toEqual([]);
  });
});

describe("months and years", () => {
  it("resolves a bare month to the latest one up to publication, or the next one in a future sentence", () => {
    expect(dates("pada bulan Januari dan Februari", "id", "2025-04-30")).toEqual([
      ["bulan Januari", "2025-01", "month"],
      ["Februari", "2025-02", "month"],
    ]);
    expect(dates("estimated in February that", "en", "2025-04-26")).toEqual([["February", "2025-02", "month"]]);
    expect(dates("since they entered combat in December", "en", "2025-02-20")).toEqual([
      ["December", "2024-12", "month"],
    ]);
    expect(dates("preparing to send more troops, possibly as early as July or August", "en", "2025-06-17")).toEqual([
      ["July", "2025-07", "month"],
      ["August", "2025-08", "month"],
    ]);
  });

  it("handles lalu/last, written years and year phrases", () => {
    expect(dates("Pada November lalu, Pentagon", "id", "2025-04-30")).toEqual([["November lalu", "2024-11", "month"]]);
    expect(dates("last November", "en", "2025-11-20")).toEqual([["last November", "2024-11", "month"]]);
    expect(dates("pada Agustus 2024 dan Juni tahun lalu", "id", MON)).toEqual([
      ["Agustus 2024", "2024-08", "month"],
      ["Juni tahun lalu", "2024-06", "month"],
    ]);
    expect(dates("in February 2022", "en", MON)).toEqual([["February 2022", "2022-02", "month"]]);
    expect(dates("sejak tahun 2023", "id", MON)).toEqual([["tahun 2023", "2023", "year"]]);
    expect(dates("since 2006 and in early 2025", "en", MON)).toEqual([
      ["2006", "2006", "year"],
      ["early 2025", "2025", "year"],
    ]);
  });

  it("tells a year from a count", () => {
    expect(dates("Sebanyak 2000 tentara tewas pada 2024 lalu", "id", MON)).toEqual([["2024", "2024", "year"]]);
    expect(dates("in 2024 the war", "en", MON)).toEqual([["2024", "2024", "year"]]);
    expect(dates("2000 troops", "en", MON)).toEqual([]);
  });

  it("reads May the verb as no date", () => {
    expect(dates("May I say that the troops came in May", "en", "2025-06-17")).toEqual([["May", "2025-05", "month"]]);
  });
});

describe("relative phrases", () => {
  it.each([
    ["Rusia mengatakan minggu lalu bahwa", "id", [["minggu lalu", "2025-W17", "week"]]],
    ["pekan lalu", "id", [["pekan lalu", "2025-W17", "week"]]],
    ["Russia said last week", "en", [["last week", "2025-W17", "week"]]],
    ["bulan lalu", "id", [["bulan lalu", "2025-03", "month"]]],
    ["the defence ministry said last month", "en", [["last month", "2025-03", "month"]]],
    ["perjanjian yang ditandatanganinya tahun lalu", "id", [["tahun lalu", "2024", "year"]]],
    ["late last year", "en", [["late last year", "2024", "year"]]],
    ["kemarin", "id", [["kemarin", "2025-04-27", "day"]]],
    [
      "yesterday and today",
      "en",
      [
        ["yesterday", "2025-04-27", "day"],
        ["today", "2025-04-28", "day"],
      ],
    ],
    ["tiga hari lalu", "id", [["tiga hari lalu", "2025-04-25", "day"]]],
    ["two weeks ago", "en", [["two weeks ago", "2025-W16", "week"]]],
    ["earlier this month", "en", [["earlier this month", "2025-04", "month"]]],
  ] as const)("%s", (text, lang, expected) => {
    expect(dates(text, lang, MON)).toEqual(expected);
  });

  it("leaves relative dates unresolved without a publication date", () => {
    expect(dates("hari Senin dan minggu lalu", "id", null)).toEqual([
      ["hari Senin", null, "day"],
      ["minggu lalu", null, "week"],
    ]);
  });

  it("crosses year boundaries", () => {
    expect(dates("last week", "en", "2025-01-02")).toEqual([["last week", "2024-W52", "week"]]);
    expect(dates("bulan lalu", "id", "2025-01-15")).toEqual([["bulan lalu", "2024-12", "month"]]);
    expect(dates("kemarin", "id", "2025-01-01")).toEqual([["kemarin", "2024-12-31", "day"]]);
  });

  it("accepts a full timestamp as the publication date", () => {
    expect(dates("hari Senin", "id", "2025-04-28T12:00:00+07:00")).toEqual([["hari Senin", "2025-04-28", "day"]]);
  });
});

describe("isoWeek", () => {
  it.each([
    [{ y: 2025, m: 4, d: 21 }, "2025-W17"],
    [{ y: 2025, m: 4, d: 27 }, "2025-W17"],
    [{ y: 2024, m: 12, d: 30 }, "2025-W01"], // a Monday whose week holds 2 January 2025
    [{ y: 2021, m: 1, d: 3 }, "2020-W53"], // a Sunday in the last week of 2020
  ])("%o -> %s", (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

describe("years after a preposition", () => {
  it("reads a year after sejak/since/pada/in whatever word follows", () => {
    expect(dates("melarang perdagangan senjata sejak 2006 karena program nuklirnya", "id", MON)).toEqual([
      ["2006", "2006", "year"],
    ]);
    expect(dates("banned since 2006 because of its nuclear programme", "en", MON)).toEqual([["2006", "2006", "year"]]);
    expect(dates("hingga 2000 tentara", "id", MON)).toEqual([]);
  });
});
