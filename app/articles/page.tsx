import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { listArticles } from "@/lib/articles/queries";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { Pager } from "@/components/ui/Pager";
import { ArticlesTable } from "@/components/articles/ArticlesTable";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("articles.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const actor = await requirePageActor(routes.articles(Number.isInteger(requested) ? requested : 1));
  const [{ t, locale }, { articles, total, page, pageCount }] = await Promise.all([
    getI18n(),
    listArticles(actor, Number.isInteger(requested) ? requested : 1),
  ]);
  const href = (p: number) => routes.articles(p);
  if (page > pageCount) redirect(href(pageCount));

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("articles.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">
          {t("articles.intro")} {t("articles.total", { count: total })}
        </p>
        {can(actor, "article.create") && (
          <p className="mt-3">
            <Link
              href={routes.newArticle()}
              className="inline-flex rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800"
            >
              {t("intake.nav.add")}
            </Link>
          </p>
        )}
      </div>
      {total === 0 ? (
        <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center font-medium text-gray-900">
          {t("articles.empty")}
        </div>
      ) : (
        <>
          <ArticlesTable articles={articles} />
          {pageCount > 1 && (
            <Pager
              label={t("common.pagination")}
              prev={{ href: page > 1 ? href(page - 1) : null, label: t("common.previous") }}
              next={{ href: page < pageCount ? href(page + 1) : null, label: t("common.next") }}
              status={t("common.page", {
                page: formatNumber(locale, page),
                pageCount: formatNumber(locale, pageCount),
              })}
            />
          )}
        </>
      )}
    </div>
  );
}
