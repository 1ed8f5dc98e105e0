// The claim header shows the desk's date note in the reader's language (the seed keeps both).
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider, useI18n } from "@/components/ui/I18nProvider";
import { decodeLocalizedText, encodeLocalizedText } from "@/lib/i18n/localized-text";
import type { TClaimDetail } from "@/lib/claims/queries";
import type { Locale } from "@/lib/i18n/locales";
import { ClaimHeader } from "@/components/claims/ClaimHeader";

const NOTE = { en: "Date not stated; said to Reuters.", id: "Tanggal tidak disebut; disampaikan kepada Reuters." };

function claim(stored: string | null) {
  return {
    id: "c1",
    claimant: "Juru bicara Departemen Luar Negeri AS",
    cue: "kata juru bicara",
    category: "statement",
    verdict: "unreviewed",
    claimedAt: null,
    claimedAtNote: decodeLocalizedText(stored),
    assignee: null,
    article: {
      id: "a1",
      title: "Korea Utara Konfirmasi Kirim Pasukan",
      outlet: "Reuters",
      url: null,
      language: "id",
      publishedAt: new Date("2025-04-28T05:00:00Z"),
    },
  } as unknown as TClaimDetail;
}

function Header({ stored }: { stored: string | null }) {
  return <ClaimHeader claim={claim(stored)} i18n={useI18n()} />;
}

function renderIn(locale: Locale, stored: string | null) {
  render(
    <I18nProvider locale={locale} timeZone="UTC">
      <Header stored={stored} />
    </I18nProvider>,
  );
}

describe("the claim header's date note", () => {
  it("is in English in the English interface", () => {
    renderIn("en", encodeLocalizedText(NOTE));
    const note = screen.getByText(NOTE.en);
    expect(note.getAttribute("lang")).toBe("en");
    expect(screen.queryByText(NOTE.id)).toBeNull();
  });

  it("is in Indonesian in the Indonesian interface", () => {
    renderIn("id", encodeLocalizedText(NOTE));
    expect(screen.getByText(NOTE.id).getAttribute("lang")).toBe("id");
    expect(screen.queryByText(NOTE.en)).toBeNull();
  });

  it("shows an older single-language note as it is, without claiming a language for it", () => {
    renderIn("en", "Tanggal tidak disebut.");
    expect(screen.getByText("Tanggal tidak disebut.").hasAttribute("lang")).toBe(false);
  });
});
