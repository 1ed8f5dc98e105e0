// The permission table from docs/design.md ("Roles"). Checked inside every domain operation; the UI only
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
  // Taking an unassigned claim into one's own queue (lib/reviews/).
  "claim.pickUp": ["reviewer", "editor", "admin"],
  // Adding and removing links between claims (lib/links/).
  "claim.link": ["reviewer", "editor", "admin"],
  "article.create": ["editor", "admin"],
  "claim.assign": ["editor", "admin"],
  // Signing off a verdict or sending it back with changes requested; never one's own (lib/reviews/).
  "verdict.signOff": ["editor", "admin"],
  // Publishing an article's report at a public URL, and reading who exported what (lib/exports/).
  "report.publish": ["editor", "admin"],
  "exports.readLog": ["editor", "admin"],
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

/** Why this actor may not set this claim's verdict: their role, or the claim is someone else's; null if they may. */
export function verdictRefusal(actor: ActorRole, claim: { assigneeId: string | null }): "role" | "assigned" | null {
  if (!can(actor, "verdict.set")) return "role";
  if (actor.role === "reviewer" && claim.assigneeId !== null && claim.assigneeId !== actor.userId) return "assigned";
  return null;
}

export function canSetVerdict(actor: ActorRole, claim: { assigneeId: string | null }): boolean {
  return verdictRefusal(actor, claim) === null;
}

export function assertCanSetVerdict(actor: ActorRole, claim: { assigneeId: string | null }): void {
  const refusal = verdictRefusal(actor, claim);
  if (refusal === "role") throw new AppError("FORBIDDEN", "errors.forbidden.verdict.set");
  if (refusal === "assigned") throw new AppError("FORBIDDEN", "errors.forbidden.verdict.assigned");
}
