import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { listApiTokens } from "@/lib/api-tokens/api-tokens";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { ApiTokensManager } from "@/components/api-tokens/ApiTokensManager";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("apiTokens.title") };
}

export default async function ApiTokensPage() {
  const actor = await requirePageActor(routes.settingsTokens());
  const [{ t }, tokens] = await Promise.all([getI18n(), listApiTokens(actor)]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold text-gray-900">{t("apiTokens.title")}</h1>
        <p className="text-sm text-gray-700">{t("apiTokens.intro")}</p>
        <p className="text-sm text-gray-700">
          {t("apiTokens.usage")}{" "}
          <code className="rounded bg-gray-100 px-1 py-0.5 text-xs break-all text-gray-900">
            Authorization: Bearer fct_…
          </code>{" "}
          <a href={routes.api.v1OpenApi()} className="text-blue-800 underline hover:text-blue-900">
            {t("apiTokens.reference")}
          </a>
        </p>
      </div>
      <ApiTokensManager
        workspaceName={actor.workspaceName}
        tokens={tokens.map((tk) => ({
          id: tk.id,
          name: tk.name,
          prefix: tk.prefix,
          createdAt: tk.createdAt.toISOString(),
          lastUsedAt: tk.lastUsedAt?.toISOString() ?? null,
          expiresAt: tk.expiresAt?.toISOString() ?? null,
          status: tk.status,
        }))}
      />
    </div>
  );
}
