// `npm run check:exports [-- --names]` (and the static stage of `npm test`): fails when one name is exported from two
// files under lib/, components/ or app/, so an import can only mean one thing and editor auto-imports
// cannot pick the wrong one. Also lists Z*/T* names that break the naming convention (CODE_STYLE.md);
// those do not fail the check yet.
import fs from "node:fs";
import path from "node:path";
import { findDuplicateExports, namingProblems, type SourceText } from "./lib/exports";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIRS = ["lib", "components", "app"];
const SKIP_DIRS = new Set(["lib/generated", "node_modules"]);
const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f) && !/\.test\.tsx?$/.test(f);

function walk(dir: string): string[] {
  if (SKIP_DIRS.has(dir) || !fs.existsSync(path.join(ROOT, dir))) return [];
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return walk(rel);
    return e.isFile() && isSource(rel) ? [rel] : [];
  });
}

const files: SourceText[] = DIRS.flatMap(walk).map((file) => ({
  file,
  text: fs.readFileSync(path.join(ROOT, file), "utf8"),
}));
const duplicates = findDuplicateExports(files);
const naming = files.flatMap(namingProblems);

if (naming.length && process.argv.includes("--names")) {
  console.log(`check-exports: ${naming.length} Z*/T* names outside the convention (not failing yet):`);
  for (const n of naming) console.log(`  ${n.name} (${n.file}:${n.line}): ${n.problem}`);
} else if (naming.length) {
  console.log(
    `check-exports: ${naming.length} Z*/T* names outside the convention (not failing yet; --names lists them)`,
  );
}
if (duplicates.size) {
  console.error(
    `check-exports: ${duplicates.size} name${duplicates.size === 1 ? "" : "s"} exported from more than one file (rename or merge them):`,
  );
  for (const [name, list] of duplicates)
    console.error(`  ${name}: ${list.map((e) => `${e.file}:${e.line}`).join(", ")}`);
  process.exit(1);
}
console.log(`check-exports: ${files.length} files, no name exported twice`);
