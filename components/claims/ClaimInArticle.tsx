// The left side of the workbench: the claim's sentence in its paragraph, its quantities, and the whole
// article one click away. The quote is re-anchored first, in case the body was edited after the claim.
import { VERDICT_HIGHLIGHT } from "@/components/ui/VerdictBadge";
import { anchorQuote } from "@/lib/extraction/anchor";
import { paragraphAround, splitParagraphs } from "@/lib/extraction/paragraphs";
import { formatNumber } from "@/lib/i18n/locales";
import type { TVerdict } from "@/lib/claims/vocabulary";
import type { TClaimDetail } from "@/lib/claims/queries";
import { unitLabel, type TI18n } from "@/components/claims/format";

function Highlight({
  children,
  verdict,
  i18n,
  testId,
}: {
  children: string;
  verdict: TVerdict;
  i18n: TI18n;
  testId?: string;
}) {
  // The colour sits on an inner span: the global `mark` reset would otherwise win over utility classes.
  return (
    <mark data-testid={testId}>
      <span
        className={`${VERDICT_HIGHLIGHT[verdict]} rounded-sm px-0.5 underline decoration-2 underline-offset-4 box-decoration-clone`}
      >
        <span className="sr-only">{i18n.t("claim.context.quoteStart")} </span>
        {children}
        <span className="sr-only"> {i18n.t("claim.context.quoteEnd")}</span>
      </span>
    </mark>
  );
}

/** `text` with [from, to) highlighted (clamped to the text); nothing highlighted when the range is empty. */
function WithHighlight({
  text,
  from,
  to,
  verdict,
  i18n,
  testId,
}: {
  text: string;
  from: number;
  to: number;
  verdict: TVerdict;
  i18n: TI18n;
  testId?: string;
}) {
  const a = Math.max(0, Math.min(from, text.length));
  const b = Math.max(a, Math.min(to, text.length));
  if (a === b) return <>{text}</>;
  return (
    <>
      {text.slice(0, a)}
      <Highlight verdict={verdict} i18n={i18n} testId={testId}>
        {text.slice(a, b)}
      </Highlight>
      {text.slice(b)}
    </>
  );
}

export function ClaimInArticle({ claim, i18n }: { claim: TClaimDetail; i18n: TI18n }) {
  const { t, locale } = i18n;
  const { body } = claim.article;
  const lang = claim.article.language || undefined;
  const anchor = anchorQuote(body, claim.quote, claim.startOffset, claim.endOffset);
  const found = anchor.status !== "missing";
  const context = found ? paragraphAround(body, anchor.start, anchor.end) : null;

  return (
    <section
      aria-labelledby="claim-context-heading"
      // On wide screens the article side stays in view while the review side scrolls; it scrolls itself
      // when long, so it must be focusable for keyboard users (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
    >
      <h2 id="claim-context-heading" className="text-lg font-semibold text-gray-950">
        {t("claim.context.heading")}
      </h2>

      {anchor.status === "moved" && (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          data-testid="anchor-moved"
        >
          {t("claim.anchor.moved")}
        </p>
      )}

      {context ? (
        <p lang={lang} className="text-base leading-8 whitespace-pre-line text-gray-900" data-testid="claim-paragraph">
          <WithHighlight
            text={context.text}
            from={context.quoteStart}
            to={context.quoteEnd}
            verdict={claim.verdict}
            i18n={i18n}
            testId="claim-highlight"
          />
        </p>
      ) : (
        <div className="flex flex-col gap-2">
          <p
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            data-testid="anchor-missing"
          >
            {found ? t("claim.context.unavailable") : t("claim.anchor.missing")}
          </p>
          <figure className="flex flex-col gap-1">
            <figcaption className="text-xs font-medium text-gray-700 uppercase">
              {t("claim.anchor.storedQuote")}
            </figcaption>
            <blockquote lang={lang} className="border-l-4 border-gray-400 pl-3 text-base leading-7 text-gray-900">
              {claim.quote}
            </blockquote>
          </figure>
        </div>
      )}

      {claim.quantities.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-gray-950">{t("claim.quantities.heading")}</h3>
          <ul className="flex flex-col gap-1.5">
            {claim.quantities.map((q) => (
              <li key={q.id} className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold text-gray-950" data-testid="quantity">
                  {t(`qualifier.${q.qualifier}`)} {formatNumber(locale, q.value)} {unitLabel(t, q.unit)}
                </span>
                <span className="text-gray-700">
                  ({t("claim.quantities.asWritten")} “<span lang={lang}>{q.text}</span>”)
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <details className="group rounded-md border border-gray-200">
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">
          {t("claim.article.whole")}
        </summary>
        <div
          lang={lang}
          className="flex flex-col gap-3 border-t border-gray-200 px-3 py-3 text-sm leading-7 text-gray-900"
          data-testid="article-body"
        >
          {claim.article.byline && (
            <p className="text-xs text-gray-700">{t("claim.article.byline", { byline: claim.article.byline })}</p>
          )}
          {splitParagraphs(body).map((p) => {
            const hit = found && anchor.start < p.end && p.start < anchor.end;
            return (
              <p key={p.start}>
                {hit ? (
                  <WithHighlight
                    text={p.text}
                    from={anchor.start - p.start}
                    to={anchor.end - p.start}
                    verdict={claim.verdict}
                    i18n={i18n}
                  />
                ) : (
                  p.text
                )}
              </p>
            );
          })}
        </div>
      </details>
    </section>
  );
}
