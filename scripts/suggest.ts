// `npm run suggest -- <file> --lang id|en --published YYYY-MM-DD`
// Prints one JSON object per claim suggestion per line:
//   {"start","end","quote","claimant","cue","category","quantities":[{"value","unit","qualifier","text"}],"dates":[{"text","date"}]}
// Offsets are UTF-16 code units of the file's text (decoded as UTF-8), end exclusive. Without
// --lang the language is detected; without --published, dates relative to publication
// ("hari Senin", "last week") get "date": null. Dates keep the text's precision: a day
// "2025-04-24", an ISO week "2025-W17", a month "2025-04" or a year "2024".

import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { detectLanguage } from "../lib/extraction/language";
import { suggestClaims } from "../lib/extraction/suggest";

const USAGE = "usage: npm run suggest -- <file> [--lang id|en] [--published YYYY-MM-DD]";

const ZArgs = z.object({
  file: z.string().min(1),
  lang: z.enum(["id", "en"]).optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .refine(
      (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      "is not a calendar date",
    )
    .optional(),
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

// `npm run suggest -- … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { lang: { type: "string" }, published: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  if (parsed.positionals.length !== 1) fail("give exactly one file");
  const args = ZArgs.safeParse({
    file: parsed.positionals[0],
    lang: parsed.values.lang,
    published: parsed.values.published,
  });
  if (!args.success) fail(args.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));

  let text: string;
  try {
    text = fs.readFileSync(args.data.file, "utf8");
  } catch (e) {
    fail(`cannot read ${args.data.file}: ${e instanceof Error ? e.message : e}`);
  }
  const lang = args.data.lang ?? detectLanguage(text);
  if (!lang) fail("cannot tell the language of so short a text: pass --lang id or --lang en");

  for (const s of suggestClaims(text, { lang, published: args.data.published ?? null })) {
    const line = {
      start: s.start,
      end: s.end,
      quote: s.quote,
      claimant: s.claimant,
      cue: s.cue,
      category: s.category,
      quantities: s.quantities.map((q) => ({ value: q.value, unit: q.unit, qualifier: q.qualifier, text: q.text })),
      dates: s.dates.map((d) => ({ text: d.text, date: d.date })),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

main();
