// Articles: a table from lg up (title as the link, outlet, language, publication date, number of
// claims), and below that stacked cards with the title first. Both are rendered; CSS shows one.
import Link from "next/link";
import { formatNumber } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { languageName, langAttr } from "@/components/articles/language";
import { LocalTime } from "@/components/ui/LocalTime";

type Row = {
  id: string;
  title: string;
  outlet: string;
  language: string;
  publishedAt: Date;
  _count: { claims: number };
};

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-gray-700 uppercase";
const titleLink =
  "font-medium text-gray-900 underline decoration-gray-300 underline-offset-2 hover:text-blue-800 hover:decoration-blue-800";

export async function ArticlesTable({ articles }: { articles: Row[] }) {
  const { t, locale, timeZone } = await getI18n();
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white lg:block">
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
              <th scope="col" className={th}>
                {t("articles.col.title")}
              </th>
              <th scope="col" className={th}>
                {t("articles.col.outlet")}
              </th>
              <th scope="col" className={th}>
                {t("articles.col.language")}
              </th>
              <th scope="col" className={th}>
                {t("articles.col.published")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("articles.col.claims")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {articles.map((a) => (
              <tr key={a.id} className="align-top hover:bg-gray-50">
                <td className="px-3 py-3">
                  <Link
                    href={routes.article(a.id)}
                    prefetch={false}
                    lang={langAttr(a.language)}
                    className={`break-words ${titleLink}`}
                  >
                    {a.title}
                  </Link>
                </td>
                <td className="px-3 py-3 break-words text-gray-800">{a.outlet}</td>
                <td className="px-3 py-3 text-gray-800">{languageName(locale, a.language)}</td>
                <td className="px-3 py-3 text-gray-800">
                  <LocalTime value={a.publishedAt} locale={locale} timeZone={timeZone} mode="date" />
                </td>
                <td className="px-3 py-3 text-right tabular-nums text-gray-800">
                  {formatNumber(locale, a._count.claims)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul
        aria-label={t("articles.table.caption")}
        className="flex flex-col gap-3 lg:hidden"
        data-testid="article-cards"
      >
        {articles.map((a) => (
          <li key={a.id} className="flex min-w-0 flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4">
            <Link
              href={routes.article(a.id)}
              prefetch={false}
              lang={langAttr(a.language)}
              className={`py-1 text-base leading-7 break-words ${titleLink}`}
            >
              {a.title}
            </Link>
            <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-gray-700">{t("articles.col.outlet")}</dt>
              <dd className="break-words text-gray-900">{a.outlet}</dd>
              <dt className="text-gray-700">{t("articles.col.language")}</dt>
              <dd className="text-gray-900">{languageName(locale, a.language)}</dd>
              <dt className="text-gray-700">{t("articles.col.published")}</dt>
              <dd className="text-gray-900">
                <LocalTime value={a.publishedAt} locale={locale} timeZone={timeZone} mode="date" />
              </dd>
              <dt className="text-gray-700">{t("articles.col.claims")}</dt>
              <dd className="tabular-nums text-gray-900">{formatNumber(locale, a._count.claims)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
