// Shown while a page loads: a spinner that names what is happening, and a neutral skeleton.
import { getI18n } from "@/lib/i18n/server";
import { Spinner } from "@/components/ui/Spinner";

/** `heading`: whether the page title is still to come (false when the page shows it already). */
export async function PageLoading({ rows = 8, heading = true }: { rows?: number; heading?: boolean }) {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-5" aria-busy="true">
      <div className="flex items-center gap-3 text-gray-700">
        <Spinner label={t("common.loading")} />
        <span aria-hidden="true" className="text-sm">
          {t("common.loading")}
        </span>
      </div>
      <div aria-hidden="true" className="flex animate-pulse flex-col gap-3">
        {heading && <div className="h-7 w-48 rounded bg-gray-200" />}
        <div className="h-24 rounded-lg bg-gray-200/70" />
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-12 rounded bg-gray-200/60" />
        ))}
      </div>
    </div>
  );
}
