import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, MIN_DETECT_LENGTH } from "./language";

const root = path.resolve(import.meta.dirname, "../..");

describe("detectLanguage", () => {
  it.each([
    ["Korea Utara mengonfirmasi untuk pertama kalinya pada hari Senin bahwa mereka telah mengirim pasukan.", "id"],
    ["North Korea confirmed for the first time on Monday that it had sent troops to fight for Russia.", "en"],
    ["Kyiv membantah klaim tersebut, kata pejabat Ukraina.", "id"],
    ["Kyiv denied the claim, Ukrainian officials said on Monday.", "en"],
    // A wire story in one language quoting a few words of the other is still that language.
    ['Zelenskiy mengatakan "this is not over" kepada wartawan di Kyiv pada hari Senin.', "id"],
    ['Kim called the troops "pahlawan", the official KCNA news agency said on Monday.', "en"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("gives no answer for text too short to tell", () => {
    expect(detectLanguage("Russia said on Monday")).toBeNull();
    expect(detectLanguage("   ")).toBeNull();
    expect("Russia said on Monday".length).toBeLessThan(MIN_DETECT_LENGTH);
  });

  it("gets every curated article right, as a whole and sentence by sentence", () => {
    const files = [
      ["seeds/korea-utara-kursk.txt", "id"],
      ...fs
        .readdirSync(path.join(root, "seeds/eval"))
        .filter((f) => f.endsWith(".json"))
        .map((f) => {
          const meta = JSON.parse(fs.readFileSync(path.join(root, "seeds/eval", f), "utf8"));
          return [`seeds/eval/${meta.bodyFile}`, meta.language];
        }),
    ];
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const [file, lang] of files) {
      const body = fs.readFileSync(path.join(root, file), "utf8");
      expect(detectLanguage(body), file).toBe(lang);
      for (const line of body.split("\n").filter((l) => l.trim().length >= MIN_DETECT_LENGTH)) {
        expect(detectLanguage(line), line).toBe(lang);
      }
    }
  });
});
