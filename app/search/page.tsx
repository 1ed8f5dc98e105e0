// Full-text search over claims and articles (lib/search/): ranked claims with highlighted snippets,
// the claims list's filters, offset pages; the best-matching articles above them on the first page.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { ZSearchParams } from "@/lib/search/schemas";
import { searchArticles, searchClaims } from "@/lib/search/search";
import { listArticleOptions } from "@/lib/articles/queries";
import { CLAIM_CATEGORIES, VERDICTS } from "@/lib/claims/vocabulary";
import { firstValues } from "@/components/claims-list/href";
import { Pager } from "@/components/ui/Pager";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";
import { linkClass } from "@/components/claims/format";
import { Snippet } from "@/components/search/Snippet";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("search.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "rounded-md border border-gray-400 bg-white px-3 py-2 text-sm text-gray-900";

export default async function SearchPage({ searchParams }: Props) {
  const params = ZSearchParams.parse(firstValues(await searchParams));
  const actor = await requirePageActor(routes.search(params));
  const { t, locale, timeZone } = await getI18n();
  const [result, articles, articleOptions] = await Promise.all([
    searchClaims(actor, params),
    params.page === 1 ? searchArticles(actor, params.q) : Promise.resolve([]),
    listArticleOptions(actor),
  ]);
  const q = params.q;

  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("search.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("search.intro")}</p>
      </div>

      <form
        action={routes.search()}
        method="get"
        role="search"
        aria-label={t("search.label")}
        className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="search-q" className="text-sm font-medium text-gray-900">
            {t("search.label")}
          </label>
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} className={control} />
        </div>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t("search.filters.heading")}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-verdict" className="text-sm font-medium text-gray-900">
              {t("search.filters.verdict")}
            </label>
            <select id="search-verdict" name="verdict" defaultValue={params.verdict ?? ""} className={control}>
              <option value="">{t("search.filters.any")}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t(`verdict.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-category" className="text-sm font-medium text-gray-900">
              {t("search.filters.category")}
            </label>
            <select id="search-category" name="category" defaultValue={params.category ?? ""} className={control}>
              <option value="">{t("search.filters.any")}</option>
              {CLAIM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-article" className="text-sm font-medium text-gray-900">
              {t("search.filters.article")}
            </label>
            <select id="search-article" name="articleId" defaultValue={params.articleId ?? ""} className={control}>
              <option value="">{t("search.filters.any")}</option>
              {articleOptions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="search-claimant" className="text-sm font-medium text-gray-900">
              {t("search.filters.claimant")}
            </label>
            <input
              id="search-claimant"
              name="claimant"
              defaultValue={params.claimant ?? ""}
              maxLength={200}
              className={control}
            />
          </div>
        </fieldset>
        <div>
          <button
            type="submit"
            className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800"
          >
            {t("search.filters.apply")}
          </button>
        </div>
      </form>

      {!q ? (
        <p className="text-sm text-gray-700">{t("search.prompt")}</p>
      ) : (
        <>
          {articles.length > 0 && (
            <section aria-labelledby="search-articles" className="flex flex-col gap-3">
              <h2 id="search-articles" className="text-lg font-semibold text-gray-950">
                {t("search.articles.heading")}
              </h2>
              <ul className="flex flex-col gap-2" data-testid="search-articles">
                {articles.map((a) => (
                  <li key={a.id} className="rounded-lg border border-gray-200 bg-white p-3 text-sm">
                    <p className="font-medium">
                      <Link href={routes.article(a.id)} lang={a.language} className={linkClass}>
                        {a.title}
                      </Link>
                    </p>
                    <p className="text-xs text-gray-700">
                      {a.outlet} · <LocalTime value={a.publishedAt} locale={locale} timeZone={timeZone} mode="date" />
                    </p>
                    <p className="mt-1 text-gray-900" lang={a.language}>
                      <Snippet snippet={a.snippet} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="search-claims" className="flex flex-col gap-3">
            <h2 id="search-claims" className="text-lg font-semibold text-gray-950">
              {t("search.claims.heading")}
            </h2>
            <p className="text-sm text-gray-700" role="status">
              {result.total === 0 ? t("search.empty", { q }) : t("search.results", { count: result.total, q })}
            </p>
            {result.hits.length > 0 && (
              <ol className="flex flex-col gap-2" data-testid="search-results">
                {result.hits.map((h) => (
                  <li
                    key={h.id}
                    className="flex flex-col gap-1 rounded-lg border border-gray-200 bg-white p-3 text-sm"
                    data-testid="search-hit"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      <VerdictBadge verdict={h.verdict} label={t(`verdict.${h.verdict}`)} size="sm" />
                      <span className="font-medium text-gray-950">{h.claimant}</span>
                      <span className="text-xs text-gray-700">{t(`category.${h.category}`)}</span>
                    </div>
                    <p lang={h.article.language}>
                      <Link href={routes.claim(h.id)} className={linkClass}>
                        “<Snippet snippet={h.snippet} />”
                      </Link>
                    </p>
                    <p className="text-xs text-gray-700">
                      <Link href={routes.article(h.article.id)} className={linkClass}>
                        {t("search.inArticle", { title: h.article.title })}
                      </Link>
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {result.pageCount > 1 && (
              <Pager
                label={t("search.pages")}
                prev={{
                  href: params.page > 1 ? routes.search({ ...params, page: params.page - 1 }) : null,
                  label: t("search.prev"),
                }}
                next={{
                  href: params.page < result.pageCount ? routes.search({ ...params, page: params.page + 1 }) : null,
                  label: t("search.next"),
                }}
                status={t("search.page", { page: params.page, count: result.pageCount })}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
