// The permission table from DESIGN.md ("Roles"). Checked inside every domain operation; the UI only
// uses it to hide what the server would refuse anyway.
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export const ROLES = ["viewer", "reviewer", "editor", "admin"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  read: ["viewer", "reviewer", "editor", "admin"],
  export: ["viewer", "reviewer", "editor", "admin"],
  "claim.create": ["reviewer", "editor", "admin"],
  "evidence.add": ["reviewer", "editor", "admin"],
  "evidence.remove": ["reviewer", "editor", "admin"],
  "comment.add": ["reviewer", "editor", "admin"],
  // Reviewers only on claims assigned to them or unassigned: see canSetVerdict.
  "verdict.set": ["reviewer", "editor", "admin"],
  "article.create": ["editor", "admin"],
  "claim.assign": ["editor", "admin"],
  "verdict.signOff": ["editor", "admin"],
  "members.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type ActorRole = { userId: string; role: Role };

export function can(actor: ActorRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: ActorRole, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", `errors.forbidden.${permission}`);
}

export function canSetVerdict(actor: ActorRole, claim: { assigneeId: string | null }): boolean {
  if (!can(actor, "verdict.set")) return false;
  if (actor.role === "reviewer") return claim.assigneeId === null || claim.assigneeId === actor.userId;
  return true;
}

export function assertCanSetVerdict(actor: ActorRole, claim: { assigneeId: string | null }): void {
  if (!can(actor, "verdict.set")) throw new AppError("FORBIDDEN", "errors.forbidden.verdict.set");
  if (!canSetVerdict(actor, claim)) throw new AppError("FORBIDDEN", "errors.forbidden.verdict.assigned");
}
