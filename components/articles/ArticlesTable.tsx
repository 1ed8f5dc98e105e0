// Articles as a table: title (link), outlet, language, publication date, number of claims.
import Link from "next/link";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { languageName, langAttr } from "@/components/articles/language";
import { LocalTime } from "@/components/ui/LocalTime";

type Row = { id: string; title: string; outlet: string; language: string; publishedAt: Date; _count: { claims: number } };

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-gray-700 uppercase";

export async function ArticlesTable({ articles }: { articles: Row[] }) {
  const { t, locale, timeZone } = await getI18n();
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">{t("articles.table.caption")}</caption>
        <colgroup>
          <col />
          <col className="w-44" />
          <col className="w-40" />
          <col className="w-44" />
          <col className="w-24" />
        </colgroup>
        <thead className="border-b border-gray-200 bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t("articles.col.title")}</th>
            <th scope="col" className={th}>{t("articles.col.outlet")}</th>
            <th scope="col" className={th}>{t("articles.col.language")}</th>
            <th scope="col" className={th}>{t("articles.col.published")}</th>
            <th scope="col" className={`${th} text-right`}>{t("articles.col.claims")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {articles.map((a) => (
            <tr key={a.id} className="align-top hover:bg-gray-50">
              <td className="px-3 py-3">
                <Link href={`/articles/${a.id}`} prefetch={false} lang={langAttr(a.language)} className="font-medium text-gray-900 underline decoration-gray-300 underline-offset-2 hover:text-blue-800 hover:decoration-blue-800">
                  {a.title}
                </Link>
              </td>
              <td className="px-3 py-3 text-gray-800">{a.outlet}</td>
              <td className="px-3 py-3 text-gray-800">{languageName(locale, a.language)}</td>
              <td className="px-3 py-3 text-gray-800">
                <LocalTime value={a.publishedAt} locale={locale} timeZone={timeZone} mode="date" />
              </td>
              <td className="px-3 py-3 text-right tabular-nums text-gray-800">{formatNumber(locale, a._count.claims)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
