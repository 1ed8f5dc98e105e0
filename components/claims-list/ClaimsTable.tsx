// One page of claims as a table: verdict, the quote (the row's main link), claimant, category,
// article, and who reviewed it when.
import Link from "next/link";
import { CLAIM_CATEGORIES, type TVerdict } from "@/lib/claims/vocabulary";
import { getI18n } from "@/lib/i18n/server";
import { VerdictBadge } from "@/components/ui/VerdictBadge";
import { LocalTime } from "@/components/ui/LocalTime";

export type ClaimRow = {
  id: string;
  quote: string;
  claimant: string;
  category: string;
  verdict: TVerdict;
  reviewedAt: Date | null;
  article: { id: string; title: string };
  reviewedBy: { name: string } | null;
};

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-gray-700 uppercase";

export async function ClaimsTable({ claims }: { claims: ClaimRow[] }) {
  const { t, locale, timeZone } = await getI18n();
  const categoryLabel = (c: string) => ((CLAIM_CATEGORIES as readonly string[]).includes(c) ? t(`category.${c}`) : c);
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">{t("claimsList.table.caption")}</caption>
        <colgroup>
          <col className="w-36" />
          <col />
          <col className="w-40" />
          <col className="w-36" />
          <col className="w-56" />
          <col className="w-44" />
        </colgroup>
        <thead className="border-b border-gray-200 bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t("claimsList.col.verdict")}</th>
            <th scope="col" className={th}>{t("claimsList.col.claim")}</th>
            <th scope="col" className={th}>{t("claimsList.col.claimant")}</th>
            <th scope="col" className={th}>{t("claimsList.col.category")}</th>
            <th scope="col" className={th}>{t("claimsList.col.article")}</th>
            <th scope="col" className={th}>{t("claimsList.col.reviewed")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {claims.map((c) => (
            <tr key={c.id} className="align-top hover:bg-gray-50">
              <td className="px-3 py-3">
                <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} size="sm" />
              </td>
              <td className="px-3 py-3">
                <Link href={`/claims/${c.id}`} prefetch={false} className="line-clamp-2 font-medium text-gray-900 underline decoration-gray-300 underline-offset-2 hover:text-blue-800 hover:decoration-blue-800" title={c.quote}>
                  {c.quote}
                </Link>
              </td>
              <td className="px-3 py-3 break-words text-gray-800">{c.claimant}</td>
              <td className="px-3 py-3 text-gray-800">{categoryLabel(c.category)}</td>
              <td className="px-3 py-3">
                <Link href={`/articles/${c.article.id}`} prefetch={false} className="line-clamp-2 text-blue-800 underline underline-offset-2 hover:text-blue-950" title={c.article.title}>
                  {c.article.title}
                </Link>
              </td>
              <td className="px-3 py-3 text-gray-800">
                {c.reviewedAt ? (
                  <>
                    <span className="block">{c.reviewedBy?.name ?? t("claimsList.reviewerUnknown")}</span>
                    <LocalTime value={c.reviewedAt} locale={locale} timeZone={timeZone} className="block text-xs text-gray-600" />
                  </>
                ) : (
                  <span className="text-gray-600">{t("claimsList.notReviewed")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
