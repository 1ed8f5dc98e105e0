/**
 * Loader and validator for the curated seed files in `seeds/`.
 *
 * A seed is a pair of files in the seeds directory:
 *   - `<name>.json`: the article metadata, its claims and the links between them (see ./schema);
 *   - the body text named by `article.bodyFile` (e.g. `<name>.txt`).
 *
 * Body normalisation: the body file is read as UTF-8 and exactly ONE trailing "\n" is removed if
 * present (so an editor that appends a final newline does no harm). Nothing else is changed: no
 * trimming, no line-ending or quote normalisation. Claim offsets are JavaScript (UTF-16) string
 * indices into the body as returned here: `body.slice(start, end) === quote`.
 *
 * Pure apart from synchronous file reads: no database, no network.
 */
import fs from "node:fs";
import path from "node:path";
import type { ZodError } from "zod";
import { ZSeedFile, type TSeedFile } from "./schema";

export type TLoadedSeed = TSeedFile & { body: string };

/** Names (file names, e.g. "korea-utara-kursk.json") of every seed JSON in `seedsDir`, sorted. */
export function listSeedFiles(seedsDir: string): string[] {
  return fs
    .readdirSync(seedsDir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => e.name)
    .sort();
}

/** Removes exactly one trailing "\n", if present. */
export function normaliseBody(raw: string): string {
  return raw.endsWith("\n") ? raw.slice(0, -1) : raw;
}

function formatIssues(issues: ZodError["issues"]): string[] {
  return issues.map((i) => {
    const where = i.path.length > 0 ? i.path.map(String).join(".") : "(root)";
    return `${where}: ${i.message}`;
  });
}

function excerpt(s: string, max = 60): string {
  const flat = JSON.stringify(s);
  return flat.length > max ? `${flat.slice(0, max - 4)}..."` : flat;
}

/**
 * Cross-field checks on an already schema-valid seed against its body. Returns human-readable
 * problems (empty when all is well):
 * - a claim's quote differs from body.slice(start, end) (or the offsets run past the body);
 * - a quantity's text does not occur inside its claim's quote;
 * - a claim's cue does not occur in the body;
 * - duplicate claim keys;
 * - links that refer to unknown claim keys, link a claim to itself, or are duplicated.
 */
export function checkSeedIntegrity(seed: TSeedFile, body: string): string[] {
  const problems: string[] = [];

  const keys = new Set<string>();
  for (const claim of seed.claims) {
    const label = `claim "${claim.key}"`;
    if (keys.has(claim.key)) problems.push(`${label}: duplicate claim key`);
    keys.add(claim.key);

    if (claim.start < 0 || claim.end > body.length || claim.start >= claim.end) {
      problems.push(`${label}: offsets ${claim.start}-${claim.end} are outside the body (length ${body.length})`);
    } else {
      const actual = body.slice(claim.start, claim.end);
      if (actual !== claim.quote) {
        const found = body.indexOf(claim.quote);
        const hint =
          found >= 0
            ? `; the quote is found at ${found}-${found + claim.quote.length}`
            : "; the quote does not occur in the body";
        problems.push(
          `${label}: quote does not match body.slice(${claim.start}, ${claim.end}) = ${excerpt(actual)}${hint}`,
        );
      }
    }

    claim.quantities.forEach((q, i) => {
      if (!claim.quote.includes(q.text)) {
        problems.push(`${label}: quantities[${i}].text ${excerpt(q.text)} does not occur in the quote`);
      }
    });

    if (claim.cue !== null && !body.includes(claim.cue)) {
      problems.push(`${label}: cue ${excerpt(claim.cue)} does not occur in the body`);
    }
  }

  const seenLinks = new Set<string>();
  seed.links.forEach((link, i) => {
    const label = `links[${i}] (${link.from} ${link.type} ${link.to})`;
    if (!keys.has(link.from)) problems.push(`${label}: unknown claim key "${link.from}" in "from"`);
    if (!keys.has(link.to)) problems.push(`${label}: unknown claim key "${link.to}" in "to"`);
    if (link.from === link.to) problems.push(`${label}: a claim cannot link to itself`);
    const id = `${link.from}\u0000${link.type}\u0000${link.to}`;
    if (seenLinks.has(id)) problems.push(`${label}: duplicate link`);
    seenLinks.add(id);
  });

  return problems;
}

/**
 * Reads, validates and integrity-checks one seed. `name` is the JSON file name with or without
 * the ".json" extension ("korea-utara-kursk" or "korea-utara-kursk.json"). Throws an Error listing
 * every problem found.
 */
export function loadSeedFile(seedsDir: string, name: string): TLoadedSeed {
  const fileName = name.endsWith(".json") ? name : `${name}.json`;
  const jsonPath = path.join(seedsDir, fileName);

  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  } catch (err) {
    throw new Error(`Seed ${jsonPath}: cannot read JSON: ${(err as Error).message}`, { cause: err });
  }

  const parsed = ZSeedFile.safeParse(raw);
  if (!parsed.success) {
    const lines = formatIssues(parsed.error.issues);
    throw new Error(`Seed ${jsonPath} is invalid (${lines.length} problem(s)):\n- ${lines.join("\n- ")}`);
  }
  const seed = parsed.data;

  const bodyPath = path.join(seedsDir, seed.article.bodyFile);
  let body: string;
  try {
    body = normaliseBody(fs.readFileSync(bodyPath, "utf8"));
  } catch (err) {
    throw new Error(`Seed ${jsonPath}: cannot read body file ${bodyPath}: ${(err as Error).message}`, {
      cause: err,
    });
  }

  const problems = checkSeedIntegrity(seed, body);
  if (problems.length > 0) {
    throw new Error(
      `Seed ${jsonPath} fails integrity checks (${problems.length} problem(s)):\n- ${problems.join("\n- ")}`,
    );
  }

  return { ...seed, body };
}
