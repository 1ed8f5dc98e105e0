import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto mt-10 max-w-xl rounded-lg border border-gray-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-gray-900">{t("shell.notFound.title")}</h1>
      <p className="mt-2 text-gray-800">{t("shell.notFound.body")}</p>
      <p className="mt-6">
        <Link href="/claims" className="font-medium text-blue-800 underline underline-offset-2">
          {t("shell.backToClaims")}
        </Link>
      </p>
    </div>
  );
}
