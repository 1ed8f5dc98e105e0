// The app header: name, main navigation, language, and (signed in) workspace, user and sign-out.
import Link from "next/link";
import { Suspense } from "react";
import { routes } from "@/lib/routes";
import { listWorkspacesOf, requireActor, type Actor } from "@/lib/auth/actor";
import { getI18n } from "@/lib/i18n/server";
import { NavLinks } from "@/components/layout/NavLinks";
import { LanguageSwitch } from "@/components/layout/LanguageSwitch";
import { WorkspaceSwitch } from "@/components/layout/WorkspaceSwitch";
import { SignOutButton } from "@/components/layout/SignOutButton";
import { signOutAction } from "@/components/layout/actions";
import { can } from "@/lib/auth/permissions";
import { countUnread } from "@/lib/notifications/notifications";
import { NotificationBell } from "@/components/notifications/NotificationBell";
import { settingsSectionsFor } from "@/components/members/settings-sections";
import { HeaderSearch } from "@/components/search/HeaderSearch";

async function actorOrNull(): Promise<Actor | null> {
  try {
    return await requireActor();
  } catch {
    return null; // no workspace (or a stale session): the page itself explains; the header just shrinks
  }
}

export async function Header({ userId }: { userId: string | null }) {
  const { t } = await getI18n();
  const [actor, workspaces] = userId ? await Promise.all([actorOrNull(), listWorkspacesOf(userId)]) : [null, []];
  // The bell's first count comes with the page (a read only: a page render writes nothing); its polls
  // then also deliver due-soon reminders (unreadCount).
  const unread = actor ? await countUnread(actor) : 0;

  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex min-h-14 w-full max-w-screen-xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
        <Link
          href={userId ? "/claims" : "/signin"}
          className="text-base font-semibold text-gray-900 hover:text-blue-800"
        >
          {t("app.name")}
        </Link>
        {userId && (
          <NavLinks
            label={t("nav.main")}
            items={[
              { href: "/claims", label: t("nav.claims") },
              { href: "/articles", label: t("nav.articles") },
              ...(actor && can(actor, "verdict.set") ? [{ href: routes.queue(), label: t("nav.queue") }] : []),
              ...(actor && can(actor, "claim.assign") ? [{ href: routes.desk(), label: t("nav.desk") }] : []),
              { href: "/exports", label: t("nav.exports") },
              { href: routes.quantities(), label: t("nav.quantities") },
              ...(actor && settingsSectionsFor(actor.role).length > 0
                ? [{ href: routes.settings(), label: t("nav.settings") }]
                : []),
            ]}
          />
        )}
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          {actor && (
            <Suspense>
              <HeaderSearch />
            </Suspense>
          )}
          <LanguageSwitch />
          {actor && <NotificationBell initialCount={unread} />}
          {actor && workspaces.length > 1 && <WorkspaceSwitch current={actor.workspaceSlug} workspaces={workspaces} />}
          {userId && (
            <section aria-label={t("auth.account")} className="flex items-center gap-3">
              {actor && (
                <p className="text-right text-sm leading-tight">
                  <span className="block font-medium text-gray-900">{actor.name}</span>
                  <span className="block text-xs text-gray-600">
                    {workspaces.length > 1
                      ? t(`role.${actor.role}`)
                      : t("auth.roleIn", { role: t(`role.${actor.role}`), workspace: actor.workspaceName })}
                  </span>
                </p>
              )}
              <form action={signOutAction}>
                <SignOutButton label={t("auth.signOut")} />
              </form>
            </section>
          )}
        </div>
      </div>
    </header>
  );
}
