import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getArticleSummary } from "@/lib/articles/queries";
import { listSuggestions } from "@/lib/articles/intake-suggestions";
import { segmentParagraphs } from "@/lib/extraction/segments";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";
import { langAttr } from "@/components/articles/language";
import { SuggestionReview } from "@/components/intake/SuggestionReview";
import { isSimilarTimeout, similarClaimsForMany } from "@/lib/search/similar";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleSuggestions(articleId));
  const [article, { t }] = await Promise.all([orNotFound(getArticleSummary(actor, articleId)), getI18n()]);
  return { title: `${t("intake.suggestions.title")}: ${article.title}` };
}

export default async function SuggestionsPage({ params }: Props) {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleSuggestions(articleId));
  const [article, { t, locale }] = await Promise.all([orNotFound(listSuggestions(actor, articleId)), getI18n()]);
  const lang = langAttr(article.language);
  const numberOf = new Map(article.suggestions.map((s, i) => [s.id, i + 1]));
  const statusOf = new Map(article.suggestions.map((s) => [s.id, s.status]));
  const paragraphs = segmentParagraphs(
    article.body,
    article.suggestions.map((s) => ({ id: s.id, start: s.startOffset, end: s.endOffset })),
  );
  // Offered before accepting, to avoid a duplicate of a claim another article already has: one query
  // for every pending suggestion. A search that runs out of time leaves the page usable without them.
  const similar = await similarClaimsForMany(actor, {
    texts: article.suggestions.filter((s) => s.status === "pending").map((s) => ({ key: s.id, text: s.quote })),
    articleId: article.id,
    limit: 3,
  }).catch((e: unknown) => {
    if (isSimilarTimeout(e)) return null;
    throw e;
  });
  const similarOf = (id: string) =>
    similar?.get(id)?.map((c) => ({ id: c.id, quote: c.quote, claimant: c.claimant, articleTitle: c.article.title }));
  const decided = article.suggestions.filter((s) => s.status !== "pending").length;
  const total = article.suggestions.length;

  return (
    <div className="flex flex-col gap-5">
      <p>
        <Link
          href={routes.article(article.id)}
          className="text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          <span aria-hidden="true">← </span>
          {t("intake.suggestions.back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl leading-tight font-semibold text-gray-900">
          {t("intake.suggestions.title")}: <span lang={lang}>{article.title}</span>
        </h1>
        <p className="max-w-3xl text-sm text-gray-700">{t("intake.suggestions.intro")}</p>
        {total > 0 && (
          <div className="flex flex-wrap items-center gap-3 text-sm text-gray-900">
            <progress
              value={decided}
              max={total}
              aria-labelledby="suggestions-progress"
              className="h-2 w-48 accent-blue-700"
            />
            <span id="suggestions-progress" data-testid="suggestions-progress">
              {t("intake.suggestions.progress", {
                decided: formatNumber(locale, decided),
                total: formatNumber(locale, total),
              })}
            </span>
          </div>
        )}
      </header>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-labelledby="suggestions-text" className="flex min-w-0 flex-col gap-3">
          <h2 id="suggestions-text" className="text-lg font-semibold text-gray-900">
            {t("intake.suggestions.textHeading")}
          </h2>
          <div lang={lang} className="flex max-w-[75ch] flex-col gap-4 text-[1.0625rem] leading-8 text-gray-900">
            {paragraphs.map((p) => (
              <p key={p.start}>
                {p.segments.map((s) => {
                  const id = s.spanIds[0];
                  if (!id) return <span key={s.start}>{s.text}</span>;
                  const n = numberOf.get(id) ?? 0;
                  const pending = statusOf.get(id) === "pending";
                  const endsHere = article.suggestions.find((x) => x.id === id)?.endOffset === s.end;
                  return (
                    <span key={s.start}>
                      <mark
                        data-suggestion-id={id}
                        className={`rounded-sm box-decoration-clone ${pending ? "bg-amber-100 underline decoration-amber-700 decoration-2 underline-offset-[3px]" : "bg-gray-100 text-gray-800"}`}
                      >
                        {s.text}
                        <span lang={locale} className="sr-only">
                          {" "}
                          ({t("intake.suggestions.highlight", { n: formatNumber(locale, n) })})
                        </span>
                      </mark>
                      {endsHere && (
                        <sup aria-hidden="true" className="ml-0.5 text-xs font-semibold text-gray-700 tabular-nums">
                          {formatNumber(locale, n)}
                        </sup>
                      )}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </section>

        <section
          aria-labelledby="suggestions-list"
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <h2 id="suggestions-list" className="mb-3 text-lg font-semibold text-gray-900">
            {t("intake.suggestions.listHeading")}
          </h2>
          {total === 0 ? (
            <p className="text-sm text-gray-700">{t("intake.suggestions.none")}</p>
          ) : (
            <>
              {similar === null && (
                <p role="status" className="mb-3 text-sm text-gray-700" data-testid="similar-unavailable">
                  {t("intake.suggestions.similarUnavailable")}
                </p>
              )}
              {decided === total && (
                <p role="status" className="mb-3 text-sm font-medium text-green-900">
                  {t("intake.suggestions.allDone")}
                </p>
              )}
              <SuggestionReview
                suggestions={article.suggestions.map((s) => ({
                  ...s,
                  n: numberOf.get(s.id) ?? 0,
                  similar: similarOf(s.id),
                }))}
                claims={article.claims}
                lang={lang}
                canDecide={can(actor, "claim.create")}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
