// The article page's ways into intake: its pending suggested claims, and (editors) editing its text.
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

const LINK = "font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950";

export async function IntakeLinks({
  articleId,
  pendingSuggestions,
  canEdit,
}: {
  articleId: string;
  pendingSuggestions: number;
  canEdit: boolean;
}) {
  const { t, locale } = await getI18n();
  if (pendingSuggestions === 0 && !canEdit) return null;
  return (
    <p className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {pendingSuggestions > 0 && (
        <Link href={routes.articleSuggestions(articleId)} className={LINK}>
          {t("intake.suggestions.link", {
            count: pendingSuggestions,
            n: formatNumber(locale, pendingSuggestions),
          })}
        </Link>
      )}
      {canEdit && (
        <Link href={routes.articleEdit(articleId)} className={LINK}>
          {t("intake.edit.link")}
        </Link>
      )}
    </p>
  );
}
