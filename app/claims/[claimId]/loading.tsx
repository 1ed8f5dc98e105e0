import { Spinner } from "@/components/ui/Spinner";
import { getI18n } from "@/lib/i18n/server";

/** The workbench's outline while the claim loads, so the page does not jump when it arrives. */
export default async function LoadingClaim() {
  const { t } = await getI18n();
  const block = "animate-pulse rounded-lg border border-gray-200 bg-gray-100";
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-col gap-6" aria-busy="true">
      <div className="flex items-center gap-3 text-sm text-gray-700">
        <Spinner label={t("claim.loading")} />
        <span aria-hidden="true">{t("claim.loading")}</span>
      </div>
      <div aria-hidden="true" className={`${block} h-36`} />
      <div aria-hidden="true" className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className={`${block} h-80`} />
        <div className="flex flex-col gap-6">
          <div className={`${block} h-64`} />
          <div className={`${block} h-40`} />
        </div>
      </div>
    </div>
  );
}
