// The two commands, run as a user runs them (through tsx), on the seed article and a temp file.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const tsx = (script: string, args: string[]) => [path.join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args];
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, tsx(script, args), { cwd: root, encoding: "utf8", timeout: 60_000 });
/** The same, without blocking, so several runs share the wait. */
function runAsync(script: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, tsx(script, args), { cwd: root });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("npm run suggest", () => {
  it("prints one JSON object per suggestion per line, with exactly the documented fields", () => {
    const r = run("scripts/suggest.ts", ["seeds/korea-utara-kursk.txt", "--lang", "id", "--published", "2025-04-28"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(18);
    const body = fs.readFileSync(path.join(root, "seeds/korea-utara-kursk.txt"), "utf8");
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["start", "end", "quote", "claimant", "cue", "category", "quantities", "dates"]);
      expect(body.slice(l.start, l.end)).toBe(l.quote);
      for (const q of l.quantities) expect(Object.keys(q)).toEqual(["value", "unit", "qualifier", "text"]);
      for (const d of l.dates) expect(Object.keys(d)).toEqual(["text", "date"]);
    }
    expect(lines[0]).toMatchObject({
      start: 8,
      claimant: "Korea Utara",
      dates: [{ text: "hari Senin", date: "2025-04-28" }],
    });
  }, 60_000);

  it("detects the language when --lang is left out, and counts offsets in UTF-16 code units", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "suggest-"));
    const file = path.join(dir, "a.txt");
    const text =
      "KYIV - 🇺🇦 Ukraine said on Saturday that its forces had captured two North Korean soldiers in Kursk.\n";
    fs.writeFileSync(file, text);
    try {
      const r = run("scripts/suggest.ts", [file, "--published", "2025-01-13"]);
      expect(r.status, r.stderr).toBe(0);
      const [l] = r.stdout
        .trimEnd()
        .split("\n")
        .map((x) => JSON.parse(x));
      expect(l.start).toBe(text.indexOf("🇺🇦"));
      expect(l.end).toBe(text.indexOf("\n"));
      expect(l.dates).toEqual([{ text: "Saturday", date: "2025-01-11" }]);
      expect(l.quantities).toEqual([
        { value: 2, unit: "soldiers", qualifier: "exact", text: "two North Korean soldiers" },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses bad arguments with a usage line and exit code 2", async () => {
    const cases = [
      ["seeds/korea-utara-kursk.txt", "--lang", "fr"],
      ["seeds/korea-utara-kursk.txt", "--published", "2025-02-30"],
      ["no-such-file.txt", "--lang", "id"],
    ];
    const results = await Promise.all(cases.map((args) => runAsync("scripts/suggest.ts", args)));
    results.forEach((r, i) => {
      expect(r.status, cases[i].join(" ")).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run suggest/);
    });
  }, 60_000);
});

describe("npm run score:suggestions", () => {
  it("prints a row per curated article and totals per split, and exits 0", () => {
    const r = run("scripts/score-suggestions.ts", []);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^korea-utara-kursk\s+id\s+tuned\s+18\s/m);
    for (const slug of fs.readdirSync(path.join(root, "seeds/eval")).filter((f) => f.endsWith(".json"))) {
      expect(r.stdout).toContain(slug.replace(/\.json$/, ""));
    }
    expect(r.stdout).toMatch(/^tuned \(\d+ articles\)/m);
    expect(r.stdout).toMatch(/^held-out \(\d+ articles\)/m);
  }, 60_000);
});
