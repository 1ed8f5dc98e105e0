import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getArticleSummary, getArticleWithClaims } from "@/lib/articles/queries";
import { orNotFound } from "@/components/layout/not-found";
import { VERDICTS } from "@/lib/claims/vocabulary";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { VERDICT_HIGHLIGHT } from "@/components/ui/VerdictBadge";
import { RichText } from "@/components/ui/RichText";
import { LocalTime } from "@/components/ui/LocalTime";
import { ArticleBody, HIGHLIGHT_BASE, HIGHLIGHT_MANY, HIGHLIGHT_ONE } from "@/components/articles/ArticleBody";
import { ArticleClaimList } from "@/components/articles/ArticleClaimList";
import { VerdictSummary } from "@/components/articles/VerdictSummary";
import { placeClaims } from "@/components/articles/placeClaims";
import { langAttr } from "@/components/articles/language";
import { can } from "@/lib/auth/permissions";
import { countPendingSuggestions } from "@/lib/articles/intake-suggestions";
import { IntakeLinks } from "@/components/intake/IntakeLinks";
import { SelectionClaim } from "@/components/intake/SelectionClaim";

type Props = { params: Promise<{ articleId: string }> };

// The layout has already checked the actor and the article; both reads are cached for the request.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.article(articleId));
  const article = await orNotFound(getArticleSummary(actor, articleId));
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.article(articleId));
  const [article, { t, locale, timeZone }, pendingSuggestions] = await Promise.all([
    orNotFound(getArticleWithClaims(actor, articleId)),
    getI18n(),
    countPendingSuggestions(actor, articleId),
  ]);
  const { placed, paragraphs } = placeClaims(article.body, article.claims);
  const lang = langAttr(article.language);

  return (
    <div className="flex flex-col gap-5">
      <p>
        <Link
          href="/articles"
          className="text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          <span aria-hidden="true">← </span>
          {t("articles.back")}
        </Link>
      </p>

      <header className="flex flex-col gap-2">
        <h1 lang={lang} className="max-w-[60rem] text-2xl leading-tight font-semibold text-gray-900">
          {article.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-2 text-sm text-gray-700">
          <span className="font-medium text-gray-900">{article.outlet}</span>
          {article.byline && (
            <>
              <span aria-hidden="true">·</span>
              <span>{t("articles.byline", { byline: article.byline })}</span>
            </>
          )}
          {article.dateline && (
            <>
              <span aria-hidden="true">·</span>
              <span lang={lang}>{article.dateline}</span>
            </>
          )}
          <span aria-hidden="true">·</span>
          <span>
            <RichText
              template={t("articles.published")}
              values={{
                date: <LocalTime value={article.publishedAt} locale={locale} timeZone={timeZone} mode="date" />,
              }}
            />
          </span>
        </p>
        <p className="text-sm">
          <Link
            href={routes.articleReport(article.id)}
            className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
          >
            {t("exports.report.link")}
          </Link>
        </p>
        {article.url && (
          <p className="text-sm">
            <a
              href={article.url}
              rel="noopener noreferrer"
              target="_blank"
              className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
            >
              {t("articles.original", { outlet: article.outlet })}
              <span aria-hidden="true"> ↗</span>
            </a>
          </p>
        )}
      </header>

      <IntakeLinks
        articleId={article.id}
        pendingSuggestions={pendingSuggestions}
        canEdit={can(actor, "article.create")}
      />

      <VerdictSummary articleId={article.id} counts={article.counts} />

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="article-text" className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-col gap-2 border-b border-gray-200 pb-3">
            <h2 id="article-text" className="text-lg font-semibold text-gray-900">
              {t("articles.body.heading")}
            </h2>
            <p className="text-sm text-gray-700">{t("articles.body.hint")}</p>
            <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {VERDICTS.map((v) => (
                <li key={v}>
                  <span className={`${VERDICT_HIGHLIGHT[v]} ${HIGHLIGHT_BASE} ${HIGHLIGHT_ONE} px-1`}>
                    {t(`verdict.${v}`)}
                  </span>
                </li>
              ))}
              <li>
                <span className={`${VERDICT_HIGHLIGHT.unreviewed} ${HIGHLIGHT_BASE} ${HIGHLIGHT_MANY} px-1`}>
                  {t("articles.legend.overlap")}
                </span>
              </li>
            </ul>
          </div>
          {article.imageCaption && (
            <p className="max-w-[70ch] border-l-4 border-gray-300 pl-3 text-sm text-gray-700">
              <span className="font-medium text-gray-900">{t("articles.imageCaption")}: </span>
              <span lang={lang}>{article.imageCaption}</span>
            </p>
          )}
          {can(actor, "claim.create") ? (
            <SelectionClaim articleId={article.id} articleVersion={article.version} body={article.body} lang={lang}>
              <ArticleBody paragraphs={paragraphs} claims={placed} lang={lang} />
            </SelectionClaim>
          ) : (
            <ArticleBody paragraphs={paragraphs} claims={placed} lang={lang} />
          )}
        </section>

        <aside
          aria-labelledby="article-claims"
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <h2 id="article-claims" className="mb-3 text-lg font-semibold text-gray-900">
            {t("articles.claims.heading")}
          </h2>
          <ArticleClaimList claims={placed} lang={lang} />
        </aside>
      </div>
    </div>
  );
}
