import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { NewArticleForm } from "@/components/intake/NewArticleForm";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("intake.new.title") };
}

export default async function NewArticlePage() {
  const actor = await requirePageActor(routes.newArticle());
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-5">
      <p>
        <Link href={routes.articles()} className="text-sm font-medium text-blue-800 underline underline-offset-2">
          <span aria-hidden="true">← </span>
          {t("articles.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("intake.new.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intake.new.intro")}</p>
      </div>
      {can(actor, "article.create") ? (
        <NewArticleForm />
      ) : (
        <p className="rounded-md border border-gray-300 bg-white px-4 py-3 text-sm text-gray-900">
          {t("intake.new.forbidden")}
        </p>
      )}
    </div>
  );
}
