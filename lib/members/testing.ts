// Test helper: one more member in a fixture workspace (lib/testing/fixtures.ts gives one per role).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { uniq, type Fixture } from "@/lib/testing/fixtures";

export async function addFixtureMember(f: Fixture, role: Role, name = uniq(role)): Promise<Actor> {
  const email = `${uniq(role)}@fixture.test`;
  const passwordHash = (await db.user.findUniqueOrThrow({ where: { id: f.actors.viewer.userId } })).passwordHash;
  const user = await db.user.create({ data: { email, name, passwordHash } });
  await db.membership.create({ data: { userId: user.id, workspaceId: f.workspace.id, role } });
  return { ...f.actors.viewer, userId: user.id, name, email, role };
}

/** The AppError a rejected promise carries (code, message key, fields), for compact assertions. */
export async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err as { code?: string; messageKey?: string; extra?: { fields?: Record<string, string> } },
  );
  if (!e) throw new Error("expected a refusal, but it succeeded");
  return { code: e.code, key: e.messageKey, fields: e.extra?.fields };
}
