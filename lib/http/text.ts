// The one text schema for every text field that comes in from outside (JSON bodies, route params,
// search params). Client-safe: forms and route handlers share it.
//
// PostgreSQL refuses NUL in text (error 22021) and Node silently turns lone UTF-16 surrogates into
// U+FFFD on the way to the database, so both are refused here, at the edge, with the field named,
// instead of failing (or changing) in the database.
import { z } from "zod";

// Pages run under a CSP without 'unsafe-eval' (lib/http/csp.ts): zod's JIT compiles object schemas with
// `new Function`, and even its probe for that is reported as a violation. Every schema the browser
// parses comes through this module, so this runs before the first parse.
z.config({ jitless: true });

/** C0 and C1 control characters and DEL, except tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are what we refuse
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Tabs and line breaks, which a single-line field turns into one space. */
const LINE_BREAKS = /[\t\n\r]+/g;

/** True when the text can be stored as it is: no control characters (beyond tab and line breaks), well-formed Unicode. */
export function isStorableText(s: string): boolean {
  return !CONTROL.test(s) && !LONE_SURROGATE.test(s);
}

type TextOptions = {
  max: number;
  /** Required fields refuse blank text (after trimming) with this message key. */
  required?: string;
  /** Multi-line fields (rationale, excerpt) keep tabs and line breaks; single-line ones fold them to spaces. */
  multiline?: boolean;
  tooLong?: string;
  /** Message key for text that cannot be stored (control characters, broken Unicode). */
  invalid?: string;
};

/** A trimmed text field of at most `max` characters that can be stored as it is. */
export function ZText({
  max,
  required,
  multiline = false,
  tooLong = "validation.tooLong",
  invalid = "validation.invalidCharacters",
}: TextOptions) {
  let s = z
    .string({
      error: (issue) => (issue.input === undefined ? (required ?? "validation.notText") : "validation.notText"),
    })
    .trim();
  if (required) s = s.min(1, { error: required, abort: true });
  return z.preprocess(
    (v) => (typeof v === "string" && !multiline ? v.replace(LINE_BREAKS, " ") : v),
    s
      .refine(isStorableText, { error: invalid, abort: true })
      .refine((v) => v.length <= max, { error: tooLong, abort: true }),
  );
}

/** Optional text: blank (or absent) becomes undefined. */
export function ZOptionalText(opts: Omit<TextOptions, "required">) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZText(opts).optional());
}

/** Record ids (cuids) as they appear in URLs and bodies: anything else names no record. */
export const ZId = ZText({
  max: 64,
  required: "validation.required",
  tooLong: "validation.unknownId",
  invalid: "validation.unknownId",
}).refine((v) => /^[A-Za-z0-9_-]+$/.test(v), "validation.unknownId");
