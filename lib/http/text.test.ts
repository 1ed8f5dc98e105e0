import { describe, expect, it } from "vitest";
import { isStorableText, ZId, ZOptionalText, ZText } from "@/lib/http/text";

const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("the shared text schema", () => {
  it("refuses NUL, other control characters, DEL, C1 controls and lone surrogates", () => {
    for (const bad of [
      "a\u0000b",
      "\u0001",
      "a\u0008",
      "a\u000bb",
      "a\u000cb",
      "\u001b[31m",
      "x\u007f",
      "\u0085",
      "\u009f",
      "\ud800",
      "a\udc00b",
    ]) {
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
      expect(issue(ZText({ max: 100, multiline: true }).safeParse(bad)), JSON.stringify(bad)).toBe(
        "validation.invalidCharacters",
      );
    }
  });

  it("keeps ordinary text, Indonesian, emoji and (in multi-line fields) tabs and line breaks", () => {
    for (const good of [
      "14.000 tentara",
      "Kyiv's denial — “contradicts”",
      "😀 ok",
      "line one\nline two\r\n\tindented",
    ]) {
      expect(isStorableText(good)).toBe(true);
      expect(ZText({ max: 100, multiline: true }).parse(good)).toBe(good.trim());
    }
  });

  it("folds tabs and line breaks in single-line fields to one space, and trims", () => {
    expect(ZText({ max: 100 }).parse("  Reuters\n\twire  ")).toBe("Reuters wire");
  });

  it("names what is wrong: required, too long, not text", () => {
    const required = ZText({ max: 5, required: "validation.titleRequired" });
    expect(issue(required.safeParse("   "))).toBe("validation.titleRequired");
    expect(issue(required.safeParse(undefined))).toBe("validation.titleRequired");
    expect(issue(required.safeParse("123456"))).toBe("validation.tooLong");
    expect(issue(required.safeParse(12))).toBe("validation.notText");
    expect(issue(required.safeParse(["a"]))).toBe("validation.notText");
    expect(ZOptionalText({ max: 5 }).parse("  ")).toBeUndefined();
    expect(issue(ZOptionalText({ max: 5 }).safeParse("\u0000"))).toBe("validation.invalidCharacters");
  });

  it("takes ids only in the shape records have", () => {
    expect(ZId.parse("cmx20y9eb0011w87dg2if2t8t")).toBe("cmx20y9eb0011w87dg2if2t8t");
    for (const bad of ["\u0000", "a b", "../etc", "x".repeat(65), "a%00", "é"])
      expect(issue(ZId.safeParse(bad)), bad).toBe("validation.unknownId");
  });
});
