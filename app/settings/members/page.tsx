// Members admin (admins only): who is in the workspace, with which role; add people, invite them by
// link, change roles, deactivate and reactivate. Every change goes through /api/members and
// /api/invitations, which check the permission and the last-admin rule again (lib/members).
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listMembers } from "@/lib/members/members";
import { listInvitations } from "@/lib/members/invitations";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { MembersList } from "@/components/members/MembersList";
import { AddMemberForm } from "@/components/members/AddMemberForm";
import { InvitationsPanel } from "@/components/members/InvitationsPanel";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("members.heading") };
}

export default async function MembersPage() {
  const actor = await requirePageActor(routes.settingsMembers());
  const { t } = await getI18n();
  if (!can(actor, "members.manage"))
    return (
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("members.heading")}</h1>
        <p role="alert" className="mt-2 text-gray-800">
          {t("members.adminsOnly")}
        </p>
      </div>
    );
  const [members, invitations] = await Promise.all([listMembers(actor), listInvitations(actor)]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{t("members.heading")}</h1>
        <p className="mt-1 text-sm text-gray-700">{t("members.intro")}</p>
      </div>
      <MembersList members={members} workspaceName={actor.workspaceName} />
      <div className="grid gap-8 lg:grid-cols-2">
        <AddMemberForm />
        <InvitationsPanel invitations={invitations} />
      </div>
    </div>
  );
}
