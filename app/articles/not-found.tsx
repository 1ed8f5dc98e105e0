// Under /articles, only an article page calls notFound() (from its layout, so this boundary is the parent's).
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function ArticleNotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-3 rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-semibold text-gray-950">{t("articles.notFound.heading")}</h1>
      <p className="text-gray-800">{t("errors.articleNotFound")}</p>
      <p>
        <Link href="/articles" className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          {t("articles.notFound.back")}
        </Link>
      </p>
    </div>
  );
}
