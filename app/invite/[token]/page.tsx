// The join page an invitation link opens. It says which workspace and role the link is for, then lets
// a new person create their account (or a signed-in one accept). A link that was used, revoked or has
// expired gets a page saying so; one that never existed is a 404.
import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "@/lib/auth/config";
import { describeInvitation } from "@/lib/members/invitations";
import { getI18n } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";
import { JoinForm } from "@/app/invite/[token]/JoinForm";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("join.title"), referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }> };

const card = "mx-auto mt-8 w-full max-w-md rounded-lg border border-gray-200 bg-white p-8 shadow-sm sm:mt-16";

export default async function JoinPage({ params }: Props) {
  const { token } = await params;
  const [invitation, session, { t, locale, timeZone }] = await Promise.all([
    orNotFound(describeInvitation(token)),
    auth(),
    getI18n(),
  ]);
  const signedIn = Boolean(session?.user?.id);

  if (invitation.refusal)
    return (
      <div className={card}>
        <p className="text-sm font-medium text-blue-800">{invitation.workspaceName}</p>
        <h1 className="mt-1 text-2xl font-semibold text-gray-900">{t("join.cannotUse")}</h1>
        <p className="mt-2 text-gray-800">{t(invitation.refusal)}</p>
        <p className="mt-6">
          <Link
            href={signedIn ? routes.claims() : routes.signIn()}
            className="text-sm font-medium text-blue-800 underline underline-offset-2"
          >
            {signedIn ? t("join.goToClaims") : t("join.signIn")}
          </Link>
        </p>
      </div>
    );

  return (
    <div className={card}>
      <p className="text-sm font-medium text-blue-800">{t("app.name")}</p>
      <h1 className="mt-1 text-2xl font-semibold text-gray-900">
        {t("join.heading", { workspace: invitation.workspaceName })}
      </h1>
      <p className="mt-2 text-sm text-gray-800">{t("join.intro", { role: t(`role.${invitation.role}`) })}</p>
      {invitation.email && (
        <p className="mt-1 text-sm break-all text-gray-800">{t("join.forEmail", { email: invitation.email })}</p>
      )}
      <p className="mt-1 text-sm text-gray-700">
        {t("join.expiresOn", { date: formatDate(locale, invitation.expiresAt, timeZone) })}
      </p>
      {signedIn ? (
        <p className="mt-4 text-sm break-all text-gray-800">
          {t("join.signedInAs", { email: session?.user?.email ?? "" })}
        </p>
      ) : (
        <h2 className="mt-6 text-lg font-semibold text-gray-900">{t("join.newAccount")}</h2>
      )}
      <div className="mt-4">
        <JoinForm token={token} signedIn={signedIn} askEmail={!invitation.email} />
      </div>
      {!signedIn && (
        <p className="mt-6 text-sm text-gray-700">
          {t("join.haveAccount")}{" "}
          <Link
            href={routes.signIn(routes.join(token))}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("join.signIn")}
          </Link>
        </p>
      )}
    </div>
  );
}
