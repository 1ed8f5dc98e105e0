// What scripts/check-exports.ts checks, as pure functions over file texts (parsed, not type-checked,
// so it takes a second): names exported from more than one file, and Z*/T* names that are not zod
// schemas or their inferred types.
import ts from "typescript";

export type ExportedName = { name: string; file: string; line: number; kind: "value" | "type" };
export type SourceText = { file: string; text: string };

// Names Next.js looks for in app/ route files; every page and route exports them by design.
// prettier-ignore
export const NEXT_CONVENTION_EXPORTS = new Set([
  "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
  "metadata", "generateMetadata", "viewport", "generateViewport", "generateStaticParams", "generateImageMetadata",
  "generateSitemaps", "dynamic", "dynamicParams", "revalidate", "fetchCache", "runtime", "preferredRegion",
  "maxDuration", "experimental_ppr", "alt", "size", "contentType",
]);

// ZFoo / TFoo, not an ALL_CAPS constant such as ZERO_PAD.
const prefixed = (prefix: "Z" | "T", name: string) =>
  new RegExp(`^${prefix}[A-Z]`).test(name) && !/^[A-Z0-9_]+$/.test(name);

const parse = (file: string, text: string) =>
  ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Names a file declares and exports itself (re-exports of other modules' names are not new names). */
export function exportedNames({ file, text }: SourceText): ExportedName[] {
  const sf = parse(file, text);
  const imported = new Set<string>();
  const out: ExportedName[] = [];
  const add = (id: ts.Node, name: string, kind: ExportedName["kind"]) =>
    out.push({ name, file, kind, line: sf.getLineAndCharacterOfPosition(id.getStart(sf)).line + 1 });

  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && st.importClause) {
      const c = st.importClause;
      if (c.name) imported.add(c.name.text);
      if (c.namedBindings && ts.isNamedImports(c.namedBindings))
        c.namedBindings.elements.forEach((e) => imported.add(e.name.text));
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) imported.add(c.namedBindings.name.text);
    }
  }
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st)) {
      // `export { a, b as c }` of local declarations; `export … from "x"` only passes names along.
      if (st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
      for (const el of st.exportClause.elements) {
        const local = (el.propertyName ?? el.name).getText(sf);
        if (!imported.has(local)) add(el.name, el.name.getText(sf), st.isTypeOnly || el.isTypeOnly ? "type" : "value");
      }
      continue;
    }
    if (!hasModifier(st, ts.SyntaxKind.ExportKeyword) || hasModifier(st, ts.SyntaxKind.DefaultKeyword)) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) for (const id of bindingNames(d.name)) add(id, id.text, "value");
    } else if (ts.isTypeAliasDeclaration(st) || ts.isInterfaceDeclaration(st)) {
      add(st.name, st.name.text, "type");
    } else if (
      (ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isEnumDeclaration(st) ||
        ts.isModuleDeclaration(st)) &&
      st.name
    ) {
      add(st.name, st.name.getText(sf), "value");
    }
  }
  return out;
}

/** Names exported from two or more files, each with where it is declared. */
export function findDuplicateExports(files: SourceText[]): Map<string, ExportedName[]> {
  const byName = new Map<string, ExportedName[]>();
  for (const f of files) {
    const inApp = f.file.startsWith("app/");
    const seen = new Set<string>(); // a type and a value of one name in one file are one export
    for (const e of exportedNames(f)) {
      if (seen.has(e.name) || (inApp && NEXT_CONVENTION_EXPORTS.has(e.name))) continue;
      seen.add(e.name);
      byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    }
  }
  return new Map(
    [...byName].filter(([, list]) => new Set(list.map((e) => e.file)).size > 1).sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * Z- and T-prefixed names that are not what the convention reserves them for: `ZFoo` must be a zod schema (its
 * initializer starts with `z.` or another Z* schema) and `TFoo` a type inferred from one (`z.infer` / `z.input` / `z.output`).
 */
export function namingProblems({
  file,
  text,
}: SourceText): { name: string; file: string; line: number; problem: string }[] {
  const sf = parse(file, text);
  const out: { name: string; file: string; line: number; problem: string }[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  for (const st of sf.statements) {
    if (!hasModifier(st, ts.SyntaxKind.ExportKeyword)) continue;
    if (
      ts.isTypeAliasDeclaration(st) &&
      prefixed("T", st.name.text) &&
      !/\bz\.(infer|input|output)</.test(st.type.getText(sf))
    ) {
      out.push({
        name: st.name.text,
        file,
        line: lineOf(st.name),
        problem: "T* is for types inferred from a zod schema",
      });
    }
    if (ts.isInterfaceDeclaration(st) && prefixed("T", st.name.text)) {
      out.push({
        name: st.name.text,
        file,
        line: lineOf(st.name),
        problem: "T* is for types inferred from a zod schema",
      });
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (
          ts.isIdentifier(d.name) &&
          prefixed("Z", d.name.text) &&
          !(d.initializer && /^(z|Z[A-Z]\w*)\s*\./.test(d.initializer.getText(sf)))
        ) {
          out.push({ name: d.name.text, file, line: lineOf(d.name), problem: "Z* is for zod schemas" });
        }
      }
    }
  }
  return out;
}
