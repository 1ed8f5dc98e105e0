import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getArticleSummary } from "@/lib/articles/queries";
import { getArticleForEdit } from "@/lib/articles/intake";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";
import { langAttr } from "@/components/articles/language";
import { EditArticleBodyForm } from "@/components/intake/EditArticleBodyForm";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleEdit(articleId));
  const [article, { t }] = await Promise.all([orNotFound(getArticleSummary(actor, articleId)), getI18n()]);
  return { title: `${t("intake.edit.title")}: ${article.title}` };
}

export default async function EditArticlePage({ params }: Props) {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.articleEdit(articleId));
  const { t } = await getI18n();
  const back = (
    <p>
      <Link
        href={routes.article(articleId)}
        className="text-sm font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
      >
        <span aria-hidden="true">← </span>
        {t("intake.suggestions.back")}
      </Link>
    </p>
  );
  if (!can(actor, "article.create"))
    return (
      <div className="flex flex-col gap-5">
        {back}
        <h1 className="text-2xl font-semibold text-gray-900">{t("intake.edit.title")}</h1>
        <p className="rounded-md border border-gray-300 bg-white px-4 py-3 text-sm text-gray-900">
          {t("intake.edit.forbidden")}
        </p>
      </div>
    );
  const article = await orNotFound(getArticleForEdit(actor, articleId));
  return (
    <div className="flex flex-col gap-5">
      {back}
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">
          {t("intake.edit.title")}: <span lang={langAttr(article.language)}>{article.title}</span>
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intake.edit.intro")}</p>
      </div>
      <EditArticleBodyForm
        articleId={article.id}
        version={article.version}
        body={article.body}
        lang={langAttr(article.language)}
      />
    </div>
  );
}
