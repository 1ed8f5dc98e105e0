import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { getI18n } from "@/lib/i18n/server";
import { SignInForm } from "@/app/signin/SignInForm";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signIn.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  const session = await auth();
  if (session?.user?.id) redirect(callbackUrl);
  const { t } = await getI18n();
  return (
    <div className="mx-auto mt-8 w-full max-w-md sm:mt-16">
      <div className="rounded-lg border border-gray-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-medium text-blue-800">{t("app.name")}</p>
        <h1 className="mt-1 text-2xl font-semibold text-gray-900">{t("auth.signIn.title")}</h1>
        <p className="mt-2 mb-6 text-sm text-gray-700">{t("auth.signIn.tagline")}</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
