// Suggested links for a claim (decision 0020), each offered with one click as "contradicts":
//   quantity  another claim puts a different figure on the same tracked quantity (lib/quantities/),
//             e.g. two counts of North Korean troops sent;
//   denial    one of the two is a denial (category "denial", or a cue such as membantah / denied) and
//             their quotes share at least two subject words (names, places, nouns; not function words).
// Pairs already linked (any type, either way round) are not suggested again.
//
// The claim page does not wait for them: its link tools load them from GET
// /api/claims/[claimId]/suggested-links when they come into view (components/links/SuggestedLinks.tsx).
// Like similar claims (decision 0023), the searches whose cost grows with the workspace run under a
// statement timeout set in their own transaction, and at most a few run at once in one process.
import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { boundedSearch } from "@/lib/search/bounded";
import type { TSuggestedLinksQuery } from "@/lib/links/schemas";
import type { TQuantityQualifier, TVerdict } from "@/lib/claims/vocabulary";
import { trackedKeyOf } from "@/lib/quantities/tracked";

/** Words that mark a denial, in both languages (stems and inflections written out: this is a cue list). */
export const DENIAL_CUE =
  /\b(membantah|dibantah|bantahan|menyangkal|disangkal|menampik|ditampik|deny|denies|denied|denial|rejects?|rejected|refutes?|refuted)\b/i;

/** Function words and reporting verbs that say nothing about what a claim is about. */
const NOT_SUBJECT = new Set(
  (
    "yang dan atau tersebut bahwa mereka telah masih untuk dengan dari pada kata mengatakan menyatakan klaim " +
    "juga akan sudah dalam oleh kepada ini itu para seorang beberapa bagian minggu lalu hari said says that " +
    "the their they with from have been still this were was claim claims"
  ).split(" "),
);
const MIN_SHARED_SUBJECT_WORDS = 2;
const LIMIT = 10;

/** The longest one of the suggestions' searches may run (ms) before it is cancelled and answered "took too long". */
export const SUGGESTED_LINKS_STATEMENT_TIMEOUT_MS = 1500;
/** At most this many suggestion searches hold a pooled connection at once in one process (pg's pool has 10). */
export const MAX_CONCURRENT_SUGGESTION_SEARCHES = 3;

/** Internal knobs, not reachable from HTTP: tests shorten the timeout to see it fire. */
export type SuggestedLinksOptions = { timeoutMs?: number };

/** A search was cancelled by its statement timeout (PostgreSQL 57014, query_canceled). */
export const suggestedLinksTimeout = () => new AppError("UNAVAILABLE", "errors.links.suggested.timeout");

/** One query under the bound (lib/search/bounded.ts). */
const bounded = boundedSearch(MAX_CONCURRENT_SUGGESTION_SEARCHES, suggestedLinksTimeout);

/** A lexeme as a quoted tsquery operand, so no character in it can be read as query syntax. */
function quoteLexeme(t: string): string {
  return `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

export function isDenial(claim: { category: string; cue: string | null; quote: string }): boolean {
  return claim.category === "denial" || DENIAL_CUE.test(claim.cue ?? "") || DENIAL_CUE.test(claim.quote);
}

type OtherClaim = {
  id: string;
  quote: string;
  claimant: string;
  verdict: TVerdict;
  article: { id: string; title: string };
};

export type SuggestedLink = {
  /** The link "Link as contradicts" makes: from -> to (the denial is always the source). */
  fromClaimId: string;
  toClaimId: string;
  other: OtherClaim;
  reason:
    | {
        kind: "quantity";
        key: string;
        unit: string;
        value: number;
        qualifier: TQuantityQualifier;
        otherValue: number;
        otherQualifier: TQuantityQualifier;
      }
    | { kind: "denial"; shared: string[] };
};

const otherSelect = {
  id: true,
  quote: true,
  claimant: true,
  verdict: true,
  article: { select: { id: true, title: true } },
} as const;

/**
 * The claim page's suggested links (GET /api/claims/[claimId]/suggested-links): only for those who may
 * link, as the link tools are; the claim is looked up in the actor's workspace, else NOT_FOUND.
 */
export async function suggestedLinksOf(
  actor: Actor,
  input: TSuggestedLinksQuery,
  opts: SuggestedLinksOptions = {},
): Promise<SuggestedLink[]> {
  assertCan(actor, "claim.link");
  return suggestedLinks(actor, input.claimId, opts);
}

/** Links worth adding to this claim, quantity conflicts first. */
export async function suggestedLinks(
  actor: Actor,
  claimId: string,
  opts: SuggestedLinksOptions = {},
): Promise<SuggestedLink[]> {
  assertCan(actor, "read");
  const timeoutMs = Math.max(1, Math.floor(opts.timeoutMs ?? SUGGESTED_LINKS_STATEMENT_TIMEOUT_MS));
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: {
      id: true,
      quote: true,
      cue: true,
      category: true,
      quantities: { select: { value: true, unit: true, qualifier: true, text: true } },
      linksFrom: { select: { toClaimId: true } },
      linksTo: { select: { fromClaimId: true } },
    },
  });
  if (!claim) throw notFound("errors.claimNotFound");
  const linked = new Set([
    claim.id,
    ...claim.linksFrom.map((l) => l.toClaimId),
    ...claim.linksTo.map((l) => l.fromClaimId),
  ]);
  const out: SuggestedLink[] = [];

  // Different figures for the same quantity.
  const mine = claim.quantities.map((q) => ({
    ...q,
    value: q.value.toNumber(),
    key: trackedKeyOf({ ...q, category: claim.category }),
  }));
  if (mine.length) {
    const rows = await bounded(timeoutMs, () =>
      db.claimQuantity.findMany({
        where: {
          unit: { in: [...new Set(mine.map((q) => q.unit))] },
          claim: { workspaceId: actor.workspaceId, category: claim.category, id: { notIn: [...linked] } },
        },
        take: 500,
        orderBy: { claim: { createdAt: "desc" } },
        select: {
          value: true,
          unit: true,
          qualifier: true,
          text: true,
          claim: { select: { ...otherSelect, category: true } },
        },
      }),
    );
    const seen = new Set<string>();
    for (const r of rows) {
      const key = trackedKeyOf({ category: r.claim.category, unit: r.unit, text: r.text });
      const value = r.value.toNumber();
      const conflict = mine.find((q) => q.key === key && q.value !== value);
      if (!conflict || seen.has(r.claim.id)) continue;
      seen.add(r.claim.id);
      const { category: _category, ...other } = r.claim;
      out.push({
        fromClaimId: claim.id,
        toClaimId: other.id,
        other,
        reason: {
          kind: "quantity",
          key,
          unit: r.unit,
          value: conflict.value,
          qualifier: conflict.qualifier,
          otherValue: value,
          otherQualifier: r.qualifier,
        },
      });
    }
  }

  // A denial and the claim it denies: shared subject words, one side a denial.
  const thisDenies = isDenial(claim);
  const terms = (
    await db.$queryRaw<{ t: string }[]>`
      SELECT unnest(tsvector_to_array(to_tsvector('simple', search_normalize(${claim.quote})))) AS t`
  )
    .map((r) => r.t)
    .filter((t) => t.length >= 4 && !NOT_SUBJECT.has(t) && !DENIAL_CUE.test(t) && !/^\d+$/.test(t));
  if (terms.length >= MIN_SHARED_SUBJECT_WORDS) {
    const candidates = await bounded(
      timeoutMs,
      () => db.$queryRaw<{ id: string; shared: string[] }[]>`
      SELECT c.id, ARRAY(
               SELECT DISTINCT t FROM unnest(tsvector_to_array(to_tsvector('simple', search_normalize(c.quote)))) t
               WHERE t = ANY(${terms}::text[])
             ) AS shared
      FROM claims c
      WHERE c."workspaceId" = ${actor.workspaceId}
        AND c.id <> ALL(${[...linked]}::text[])
        AND c."searchVector" @@ to_tsquery('simple', ${terms.map(quoteLexeme).join(" | ")})
        AND (${thisDenies} OR c.category = 'denial' OR c.cue ~* ${DENIAL_CUE.source.replaceAll("\\b", "\\y")}
             OR c.quote ~* ${DENIAL_CUE.source.replaceAll("\\b", "\\y")})
      LIMIT 200`,
    );
    const strong = candidates
      .filter((c) => c.shared.length >= MIN_SHARED_SUBJECT_WORDS)
      .sort((a, b) => b.shared.length - a.shared.length)
      .slice(0, LIMIT);
    if (strong.length) {
      const others = await db.claim.findMany({
        where: { id: { in: strong.map((s) => s.id) }, workspaceId: actor.workspaceId },
        select: { ...otherSelect, category: true, cue: true },
      });
      for (const s of strong) {
        const o = others.find((x) => x.id === s.id);
        if (!o || out.some((x) => x.other.id === o.id)) continue;
        const { category: _c, cue: _cue, ...other } = o;
        // The denial is the source: it contradicts the claim it denies.
        const fromIsThis = thisDenies || !isDenial(o);
        out.push({
          fromClaimId: fromIsThis ? claim.id : o.id,
          toClaimId: fromIsThis ? o.id : claim.id,
          other,
          reason: { kind: "denial", shared: [...s.shared].sort() },
        });
      }
    }
  }
  return out.slice(0, LIMIT);
}
