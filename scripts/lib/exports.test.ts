import { describe, expect, it } from "vitest";
import { exportedNames, findDuplicateExports, namingProblems } from "./exports";

const names = (text: string, file = "lib/x.ts") => exportedNames({ file, text }).map((e) => `${e.kind}:${e.name}`);

describe("exportedNames", () => {
  it("finds every kind of declaration a file exports", () => {
    const text = `
      export const a = 1, { b, c: [d] } = obj;
      export function f() {}
      export async function g() {}
      export class K {}
      export enum E { X }
      export type T = string;
      export interface I { x: number }
      const local = 2;
      export { local as renamed, local };
    `;
    expect(names(text)).toEqual([
      "value:a",
      "value:b",
      "value:d",
      "value:f",
      "value:g",
      "value:K",
      "value:E",
      "type:T",
      "type:I",
      "value:renamed",
      "value:local",
    ]);
  });

  it("does not count default exports or names passed on from other modules", () => {
    const text = `
      import { fromElsewhere, type Other } from "./other";
      export default function Page() {}
      export { fromElsewhere, type Other };
      export { x } from "./y";
      export * from "./z";
      export type { Z } from "./z";
    `;
    expect(names(text)).toEqual([]);
  });

  it("reads TSX and reports the line of the name", () => {
    const [e] = exportedNames({ file: "components/A.tsx", text: `\n\nexport function A() {\n  return <div />;\n}` });
    expect(e).toMatchObject({ name: "A", line: 3, file: "components/A.tsx" });
  });
});

describe("findDuplicateExports", () => {
  it("reports a name exported from two files, with both places", () => {
    const dup = findDuplicateExports([
      { file: "lib/a.ts", text: "export function formatNumber() {}" },
      { file: "lib/b.ts", text: "\nexport const formatNumber = () => '';" },
      { file: "lib/c.ts", text: "export const unique = 1;" },
    ]);
    expect([...dup.keys()]).toEqual(["formatNumber"]);
    expect(dup.get("formatNumber")!.map((e) => `${e.file}:${e.line}`)).toEqual(["lib/a.ts:1", "lib/b.ts:2"]);
  });

  it("counts a type in one file and a value in another as the same name", () => {
    const dup = findDuplicateExports([
      { file: "components/claims/VerdictSection.tsx", text: "export type VerdictSummary = { n: number };" },
      { file: "components/articles/VerdictSummary.tsx", text: "export function VerdictSummary() { return null; }" },
    ]);
    expect([...dup.keys()]).toEqual(["VerdictSummary"]);
  });

  it("allows a type and a value of one name in one file, and a re-export of the same declaration", () => {
    const dup = findDuplicateExports([
      { file: "lib/a.ts", text: "export const ZX = z.object({}); export type ZX = z.infer<typeof ZX>;" },
      { file: "lib/b.ts", text: 'import type { ZX } from "./a"; export type { ZX };' },
    ]);
    expect(dup.size).toBe(0);
  });

  it("ignores the names Next.js requires of route files in app/, but not elsewhere", () => {
    const files = [
      {
        file: "app/claims/page.tsx",
        text: "export async function generateMetadata() {}\nexport const dynamic = 'force-dynamic';",
      },
      {
        file: "app/articles/page.tsx",
        text: "export async function generateMetadata() {}\nexport const dynamic = 'force-dynamic';",
      },
      { file: "app/api/a/route.ts", text: "export const POST = h;" },
      { file: "app/api/b/route.ts", text: "export async function POST() {}" },
    ];
    expect(findDuplicateExports(files).size).toBe(0);
    expect([
      ...findDuplicateExports([
        ...files,
        { file: "lib/http/x.ts", text: "export const POST = 1;" },
        { file: "lib/http/y.ts", text: "export const POST = 2;" },
      ]).keys(),
    ]).toEqual(["POST"]);
  });
});

describe("namingProblems", () => {
  const problems = (text: string) => namingProblems({ file: "lib/x.ts", text }).map((p) => p.name);

  it("accepts zod schemas named Z* and their inferred types named T*", () => {
    const text = `
      export const ZSignIn = z.object({ email: z.email() });
      export const ZSeed = z
        .strictObject({});
      export const ZSignInWithCode = ZSignIn.extend({ code: z.string() });
      export type TSignIn = z.infer<typeof ZSignIn>;
      export type TSignInInput = z.input<typeof ZSignIn>;
      export type Locale = "en" | "id";
    `;
    expect(problems(text)).toEqual([]);
  });

  it("flags T* types that are not inferred from a schema, and Z* values that are not schemas", () => {
    const text = `
      export type TLang = "id" | "en";
      export interface TThing { x: number }
      export const ZERO_PAD = 4;
      export const ZLimits = { max: 3 };
    `;
    expect(problems(text)).toEqual(["TLang", "TThing", "ZLimits"]);
  });
});
