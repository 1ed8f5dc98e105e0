import { describe, expect, it } from "vitest";
import { decodeLocalizedText, encodeLocalizedText, textFor } from "@/lib/i18n/localized-text";

describe("text kept in both languages", () => {
  const note = { en: "Date not stated; said to Reuters.", id: "Tanggal tidak disebut; disampaikan kepada Reuters." };

  it("is stored as JSON and read back in the reader's language", () => {
    const stored = encodeLocalizedText(note);
    expect(JSON.parse(stored)).toEqual(note);
    const decoded = decodeLocalizedText(stored);
    expect(textFor(decoded, "en")).toEqual({ text: note.en, lang: "en" });
    expect(textFor(decoded, "id")).toEqual({ text: note.id, lang: "id" });
  });

  it("shows an older plain note as it is, claiming no language for it", () => {
    expect(textFor(decodeLocalizedText("Tanggal tidak disebut."), "en")).toEqual({
      text: "Tanggal tidak disebut.",
      lang: undefined,
    });
    expect(textFor(decodeLocalizedText("{not json"), "en")).toEqual({ text: "{not json", lang: undefined });
    expect(textFor(decodeLocalizedText('{"en":"only English"}'), "id")).toEqual({
      text: '{"en":"only English"}',
      lang: undefined,
    });
  });

  it("has nothing to show for an empty value", () => {
    expect(decodeLocalizedText(null)).toBeNull();
    expect(decodeLocalizedText("  ")).toBeNull();
    expect(textFor(null, "en")).toBeNull();
  });
});
