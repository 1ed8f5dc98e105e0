import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { ZDeskQuery } from "@/lib/reviews/schemas";
import { deskOverview } from "@/lib/reviews/queries";
import { firstValues } from "@/components/claims-list/href";
import { DeskView } from "@/components/desk/DeskView";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("desk.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The editor's desk (decision 0015). The domain refuses anyone but editors and admins; the page says so.
export default async function DeskPage({ searchParams }: Props) {
  const query = ZDeskQuery.parse(firstValues(await searchParams));
  const actor = await requirePageActor(routes.desk(query.articlePage));
  const { t } = await getI18n();
  let desk;
  try {
    desk = await deskOverview(actor, { articlePage: query.articlePage });
  } catch (e) {
    if (!(e instanceof AppError && e.code === "FORBIDDEN")) throw e;
    return (
      <div className="mx-auto mt-6 flex max-w-xl flex-col gap-3 rounded-lg border border-amber-300 bg-white p-6">
        <h1 className="text-xl font-semibold text-gray-900">{t("desk.title")}</h1>
        <p role="alert" className="text-gray-800" data-testid="desk-refused">
          {t(e.messageKey)}
        </p>
        <Link href={routes.queue()} className="text-sm font-medium text-blue-800 underline underline-offset-2">
          {t("nav.queue")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("desk.title")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("desk.intro")}</p>
      </div>
      <DeskView desk={desk} />
    </div>
  );
}
