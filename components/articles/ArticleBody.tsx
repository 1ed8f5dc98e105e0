// The article text with every claim highlighted in place: a link to the claim inside a <mark>,
// coloured and underlined by the claim's verdict, named with its number, claimant and verdict.
// (The colour sits on the link: globals.css gives <mark> a transparent background outside any layer,
// which would beat the utility classes.)
// Where claims overlap, the passage opens the first one and says how many it covers (double underline).
// data-seg-start on the element whose first child is a run of body text gives its body offset, so a
// selection maps back to the body (components/intake/SelectionClaim.tsx).
import Link from "next/link";
import { routes } from "@/lib/routes";
import type { TSegmentedParagraph } from "@/lib/extraction/segments";
import type { TVerdict } from "@/lib/claims/vocabulary";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { VERDICT_HIGHLIGHT } from "@/components/ui/VerdictBadge";

type Claim = { id: string; n: number; claimant: string; verdict: TVerdict; end: number; missing: boolean };

export const HIGHLIGHT_BASE = "rounded-sm underline underline-offset-[3px] box-decoration-clone";
export const HIGHLIGHT_ONE = "decoration-2 hover:decoration-[3px]";
/** Passages under several claims: a double underline (and the name says how many). */
export const HIGHLIGHT_MANY = "decoration-double decoration-[3px]";

export async function ArticleBody({
  paragraphs,
  claims,
  lang,
}: {
  paragraphs: TSegmentedParagraph[];
  claims: Claim[];
  lang?: string;
}) {
  const { t, locale } = await getI18n();
  const byId = new Map(claims.map((c) => [c.id, c]));
  const endingAt = new Map<number, number[]>();
  for (const c of claims) {
    if (c.missing) continue;
    endingAt.set(c.end, [...(endingAt.get(c.end) ?? []), c.n]);
  }
  const num = (n: number) => formatNumber(locale, n);

  return (
    <div lang={lang} className="flex max-w-[75ch] flex-col gap-4 text-[1.0625rem] leading-8 text-gray-900">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.segments.map((s) => {
            const first = s.spanIds.length > 0 ? byId.get(s.spanIds[0]) : undefined;
            const ends = endingAt.get(s.end);
            const marker = ends && first !== undefined && (
              <sup aria-hidden="true" className="ml-0.5 text-xs font-semibold text-gray-700 tabular-nums">
                {ends.map(num).join(",")}
              </sup>
            );
            if (!first)
              return (
                <span key={s.start}>
                  <span data-seg-start={s.start}>{s.text}</span>
                  {marker}
                </span>
              );
            const verdict = t(`verdict.${first.verdict}`);
            const many = s.spanIds.length > 1;
            const label = many
              ? t("articles.highlight.many", {
                  count: s.spanIds.length,
                  n: num(first.n),
                  claimant: first.claimant,
                  verdict,
                })
              : t("articles.highlight.one", { n: num(first.n), claimant: first.claimant, verdict });
            return (
              <span key={s.start}>
                <mark data-verdict={first.verdict} data-claim-ids={s.spanIds.join(" ")}>
                  <Link
                    href={routes.claim(first.id)}
                    prefetch={false}
                    title={label}
                    data-seg-start={s.start}
                    className={`${VERDICT_HIGHLIGHT[first.verdict]} ${HIGHLIGHT_BASE} ${many ? HIGHLIGHT_MANY : HIGHLIGHT_ONE}`}
                  >
                    {s.text}
                    <span lang={locale} className="sr-only">
                      {" "}
                      ({label})
                    </span>
                  </Link>
                </mark>
                {marker}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
