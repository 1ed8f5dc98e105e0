import { describe, expect, it } from "vitest";
import { isCuratedKey, parseGenericKey, trackedKeyOf } from "@/lib/quantities/tracked";

describe("tracked quantities", () => {
  it("names the seed's figures: troops sent, reinforcements, casualties", () => {
    expect(trackedKeyOf({ category: "troop_count", unit: "soldiers", text: "14.000 tentara" })).toBe("nk-troops-sent");
    expect(trackedKeyOf({ category: "troop_count", unit: "soldiers", text: "3.000 bala bantuan" })).toBe(
      "nk-reinforcements",
    );
    expect(trackedKeyOf({ category: "troop_count", unit: "soldiers", text: "3,000 reinforcements" })).toBe(
      "nk-reinforcements",
    );
    expect(trackedKeyOf({ category: "casualty_report", unit: "soldiers", text: "25 tentara" })).toBe("nk-casualties");
  });

  it("tracks anything else by its category and unit", () => {
    const key = trackedKeyOf({ category: "analysis", unit: "months", text: "lebih dari enam bulan" });
    expect(key).toBe("analysis.months");
    expect(isCuratedKey(key)).toBe(false);
    expect(parseGenericKey(key)).toEqual({ category: "analysis", unit: "months" });
    expect(parseGenericKey("nope")).toBeNull();
    expect(parseGenericKey("not_a_category.months")).toBeNull();
    expect(isCuratedKey("nk-casualties")).toBe(true);
  });
});
