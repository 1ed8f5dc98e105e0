import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSeedIntegrity, listSeedFiles, loadSeedFile, normaliseBody } from "./load";
import { CLAIM_CATEGORIES, CLAIM_LINK_TYPES, QUANTITY_QUALIFIERS, ZSeedFile, type TSeedFile } from "./schema";

const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");
const NAME = "korea-utara-kursk";

const seed = loadSeedFile(SEEDS_DIR, NAME);
const byKey = new Map(seed.claims.map((c) => [c.key, c]));

function claim(key: string) {
  const c = byKey.get(key);
  if (!c) throw new Error(`claim ${key} missing`);
  return c;
}

/** A seed file to break on purpose: any field may be set to anything. */
type Loose = { article: Record<string, unknown>; claims: Record<string, unknown>[]; links: Record<string, unknown>[] };

function clone(): TSeedFile {
  const { body: _body, ...rest } = seed;
  return structuredClone(rest);
}

describe("seed file korea-utara-kursk", () => {
  it("is listed among the seed files", () => {
    const files = listSeedFiles(SEEDS_DIR);
    expect(files).toContain(`${NAME}.json`);
    expect(files).toEqual([...files].sort());
    expect(files.every((f) => f.endsWith(".json"))).toBe(true);
  });

  it("loads with or without the .json extension", () => {
    expect(loadSeedFile(SEEDS_DIR, `${NAME}.json`).claims.length).toBe(seed.claims.length);
  });

  it("has the article metadata and the body from the dateline to the last sentence", () => {
    expect(seed.article).toMatchObject({
      slug: NAME,
      outlet: "Reuters",
      url: null,
      language: "id",
      byline: "Reuters",
      dateline: "SEOUL",
      bodyFile: `${NAME}.txt`,
    });
    expect(seed.article.publishedAt.startsWith("2025-04-28T")).toBe(true);
    expect(seed.article.imageCaption).toMatch(/^Pemimpin Korea Utara Kim Jong Un menyaksikan/);
    expect(seed.body.startsWith("SEOUL - Korea Utara mengonfirmasi")).toBe(true);
    expect(seed.body.endsWith("telah bertempur bersama Rusia di Kursk.")).toBe(true);
    expect(seed.body).not.toMatch(/KEYWORD/);
    expect(seed.body).not.toMatch(/\n\n|\r/);
    expect(seed.body.split("\n")).toHaveLength(16);
  });

  it("has at least 12 claims and passes the integrity checks", () => {
    expect(seed.claims.length).toBeGreaterThanOrEqual(12);
    expect(checkSeedIntegrity(seed, seed.body)).toEqual([]);
  });

  describe.each(seed.claims.map((c) => [c.key, c] as const))("claim %s", (_key, c) => {
    it("quote equals body.slice(start, end)", () => {
      expect(seed.body.slice(c.start, c.end)).toBe(c.quote);
    });
    it("every quantity text is inside the quote", () => {
      for (const q of c.quantities) expect(c.quote).toContain(q.text);
    });
  });

  it("keeps every date note in both interface languages", () => {
    const notes = seed.claims.flatMap((c) => (c.claimedAtNote ? [[c.key, c.claimedAtNote] as const] : []));
    expect(notes.length).toBeGreaterThanOrEqual(10);
    for (const [key, note] of notes) {
      expect(note.en, key).not.toBe(note.id);
      // The English note is English: none of the Indonesian words the notes are written with.
      expect(note.en, key).not.toMatch(/\b(tanggal|tidak|hari|disebut|dilaporkan|atas|yang)\b/i);
    }
    expect(claim("us-state-spokesperson-responsibility").claimedAtNote).toEqual({
      en: "Date not stated; said to Reuters.",
      id: "Tanggal tidak disebut; disampaikan kepada Reuters.",
    });
  });

  it("refuses a date note in only one language", () => {
    const file = clone();
    const loose = file as unknown as Loose;
    loose.claims[0]!.claimedAtNote = "Tanggal tidak disebut.";
    expect(ZSeedFile.safeParse(file).success).toBe(false);
    loose.claims[0]!.claimedAtNote = { id: "Tanggal tidak disebut." };
    expect(ZSeedFile.safeParse(file).success).toBe(false);
  });

  it("claim quotes do not overlap", () => {
    const sorted = [...seed.claims].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      expect(cur.start, `${cur.key} overlaps ${prev.key}`).toBeGreaterThanOrEqual(prev.end);
    }
  });

  it.each([
    ["nk-troops-14000", "troop_count", "Pejabat Ukraina"],
    ["nk-unit-25-killed", "casualty_report", "Pasukan Operasi Khusus Ukraina"],
    ["ru-last-village-expelled", "territorial_claim", "Rusia"],
    ["ua-denies-expulsion", "denial", "Kyiv"],
    ["nk-confirms-deployment", "confirmation", "Korea Utara"],
    ["ru-saturday-confirmation", "confirmation", "Rusia"],
    ["us-state-unsc-violation", "statement", "Departemen Luar Negeri AS"],
    ["kr-criminal-act", "statement", "Korea Selatan"],
    ["nk-weapons-supply", "weapons_supply", "Pejabat Korea Selatan"],
  ] as const)("required claim %s is a %s by %s", (key, category, claimant) => {
    expect(claim(key)).toMatchObject({ category, claimant });
  });

  it("counts 14.000 North Korean troops including 3.000 reinforcements", () => {
    const c = claim("nk-troops-14000");
    expect(c.cue).toBe("kata pejabat Ukraina");
    expect(c.quantities).toEqual([
      { value: 14000, unit: "soldiers", qualifier: "about", text: "14.000 tentara" },
      { value: 3000, unit: "soldiers", qualifier: "about", text: "3.000 bala bantuan" },
    ]);
  });

  it("reports a unit of 25 killed, said on 24 April", () => {
    const c = claim("nk-unit-25-killed");
    expect(c.claimedAt).toBe("2025-04-24");
    expect(c.quantities).toEqual([{ value: 25, unit: "soldiers", qualifier: "exact", text: "25 tentara" }]);
  });

  it("dates Russia's confirmation to Saturday 26 April", () => {
    expect(claim("ru-saturday-confirmation").claimedAt).toBe("2025-04-26");
  });

  it("has the analyst's six-month timing claim", () => {
    const c = claim("analyst-timing-six-months");
    expect(c.category).toBe("analysis");
    expect(c.quantities).toEqual([{ value: 6, unit: "months", qualifier: "more_than", text: "lebih dari enam bulan" }]);
  });

  it("has the required links", () => {
    expect(seed.links).toContainEqual({
      from: "ua-denies-expulsion",
      to: "ru-last-village-expelled",
      type: "contradicts",
    });
    expect(seed.links).toContainEqual({
      from: "ru-saturday-confirmation",
      to: "nk-confirms-deployment",
      type: "corroborates",
    });
  });
});

describe("checkSeedIntegrity", () => {
  it("reports a shifted offset, naming the claim", () => {
    const broken = clone();
    const c = broken.claims.find((x) => x.key === "nk-troops-14000")!;
    c.start += 1;
    c.end += 1;
    const problems = checkSeedIntegrity(broken, seed.body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nk-troops-14000/);
    expect(problems[0]).toMatch(/quote does not match/);
  });

  it("reports offsets past the end of the body", () => {
    const broken = clone();
    broken.claims[0]!.end = seed.body.length + 5;
    expect(checkSeedIntegrity(broken, seed.body).join("\n")).toMatch(/outside the body/);
  });

  it("reports an unknown link key and a self-link", () => {
    const broken = clone();
    broken.links.push({ from: "no-such-claim", to: "nk-confirms-deployment", type: "corroborates" });
    broken.links.push({ from: "nk-weapons-supply", to: "nk-weapons-supply", type: "updates" });
    const problems = checkSeedIntegrity(broken, seed.body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/unknown claim key "no-such-claim"/);
    expect(problems[1]).toMatch(/cannot link to itself/);
  });

  it("reports a duplicate link and a duplicate claim key", () => {
    const broken = clone();
    broken.links.push({ ...broken.links[0]! });
    broken.claims.push({ ...broken.claims[0]! });
    const problems = checkSeedIntegrity(broken, seed.body);
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/duplicate claim key/);
    expect(problems.join("\n")).toMatch(/duplicate link/);
  });

  it("reports a quantity text that is not in the quote", () => {
    const broken = clone();
    const c = broken.claims.find((x) => x.key === "nk-unit-25-killed")!;
    c.quantities[0]!.text = "26 tentara";
    const problems = checkSeedIntegrity(broken, seed.body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nk-unit-25-killed.*quantities\[0\]\.text "26 tentara"/);
  });

  it("reports a cue that does not occur in the body", () => {
    const broken = clone();
    broken.claims[0]!.cue = "kata seseorang";
    expect(checkSeedIntegrity(broken, seed.body)).toEqual([
      expect.stringMatching(/cue "kata seseorang" does not occur/),
    ]);
  });
});

describe("schema", () => {
  it("exports the enum value tuples in order", () => {
    expect(CLAIM_CATEGORIES).toEqual([
      "troop_count",
      "casualty_report",
      "denial",
      "confirmation",
      "statement",
      "weapons_supply",
      "territorial_claim",
      "analysis",
    ]);
    expect(QUANTITY_QUALIFIERS).toEqual(["exact", "about", "at_least", "up_to", "more_than", "less_than"]);
    expect(CLAIM_LINK_TYPES).toEqual(["contradicts", "corroborates", "updates"]);
  });

  it("rejects bad enums, start >= end, empty strings and unknown fields", () => {
    const bad = clone() as unknown as Loose;
    bad.claims[0].category = "rumour";
    bad.claims[1].end = bad.claims[1].start;
    bad.claims[2].claimant = "";
    bad.claims[3].extra = true;
    bad.links[0].type = "supports";
    bad.article.url = "not a url";
    const result = ZSeedFile.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "claims.0.category",
        "claims.1.end",
        "claims.2.claimant",
        "claims.3",
        "links.0.type",
        "article.url",
      ]),
    );
  });
});

describe("loadSeedFile", () => {
  function tempSeeds(json: unknown, body: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-data-"));
    fs.writeFileSync(path.join(dir, `${NAME}.json`), JSON.stringify(json));
    fs.writeFileSync(path.join(dir, `${NAME}.txt`), body);
    return dir;
  }

  it("strips exactly one trailing newline from the body", () => {
    expect(normaliseBody("a\n")).toBe("a");
    expect(normaliseBody("a\n\n")).toBe("a\n");
    expect(normaliseBody("a")).toBe("a");
    const dir = tempSeeds(clone(), `${seed.body}\n`);
    try {
      expect(loadSeedFile(dir, NAME).body).toBe(seed.body);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("throws listing every schema problem", () => {
    const bad = clone() as unknown as Loose;
    bad.claims[0].category = "rumour";
    bad.claims[1].quantities = [{ value: 1, unit: "soldiers", qualifier: "roughly", text: "x" }];
    const dir = tempSeeds(bad, seed.body);
    try {
      expect(() => loadSeedFile(dir, NAME)).toThrow(
        /2 problem\(s\)[\s\S]*claims\.0\.category[\s\S]*claims\.1\.quantities\.0\.qualifier/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("throws on integrity problems", () => {
    const dir = tempSeeds(clone(), `X${seed.body}`);
    try {
      expect(() => loadSeedFile(dir, NAME)).toThrow(/fails integrity checks/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
