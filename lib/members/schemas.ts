// Input schemas for members and invitations, shared by the admin pages, the join page and the route
// handlers. Messages are catalog keys (members.* in lib/i18n/messages/<lang>/members.ts).
import { z } from "zod";
import { ZId, ZText } from "@/lib/http/text";
import { ROLES } from "@/lib/auth/permissions";

/** OWASP ASVS 4 V2.1.1: at least 12 characters, no composition rules; Argon2 takes long ones fine. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 512;
export const INVITATION_DAYS_DEFAULT = 7;
export const INVITATION_DAYS_MAX = 30;
export const MEMBER_SEARCH_LIMIT = 20;

// eslint-disable-next-line no-control-regex -- control characters are what we reject
const CONTROL = /[\u0000-\u001f\u007f]/;

const ZRole = z.enum(ROLES, { error: "members.validation.role" });
/** Stored lower-case, as sign-in looks it up (lib/auth/credentials.ts). */
const ZEmail = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .min(1, "validation.emailRequired")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.email"))
  .transform((v) => v.toLowerCase());
const ZName = z
  .string({ error: "members.validation.nameRequired" })
  .trim()
  .min(1, "members.validation.nameRequired")
  .max(120, "validation.tooLong")
  .refine((v) => !CONTROL.test(v), "members.validation.controlCharacters");
const ZNewPassword = z
  .string({ error: "validation.passwordRequired" })
  .min(PASSWORD_MIN, "members.validation.passwordShort")
  .max(PASSWORD_MAX, "validation.tooLong")
  .refine((v) => !v.includes("\u0000"), "members.validation.controlCharacters");

/** POST /api/members: an existing account by email, or a new account whose password the admin sets. */
export const ZAddMember = z.discriminatedUnion(
  "mode",
  [
    z.object({ mode: z.literal("existing"), email: ZEmail, role: ZRole }),
    z.object({ mode: z.literal("new"), email: ZEmail, name: ZName, password: ZNewPassword, role: ZRole }),
  ],
  { error: "members.validation.mode" },
);
export type TAddMember = z.infer<typeof ZAddMember>;

/** PATCH /api/members/[userId]: one change at a time. */
export const ZUpdateMember = z.discriminatedUnion(
  "action",
  [
    z.object({ userId: ZId, action: z.literal("changeRole"), role: ZRole }),
    z.object({ userId: ZId, action: z.literal("deactivate") }),
    z.object({ userId: ZId, action: z.literal("reactivate") }),
  ],
  { error: "members.validation.action" },
);
export type TUpdateMember = z.infer<typeof ZUpdateMember>;

export const ZMemberRef = z.object({ userId: ZId });
export type TMemberRef = z.infer<typeof ZMemberRef>;

/** GET /api/members/search?q=…&limit=…: for @mention autocomplete. An empty q lists the first members by name. */
export const ZMemberSearch = z.object({
  q: ZText({ max: 100 }).default(""),
  limit: z.coerce.number().int().min(1).max(MEMBER_SEARCH_LIMIT).default(8).catch(8),
});
export type TMemberSearch = z.infer<typeof ZMemberSearch>;

/** POST /api/invitations. `email`, when given, is the only account that may accept it. */
export const ZCreateInvitation = z.object({
  role: ZRole,
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZEmail.optional()),
  expiresInDays: z.coerce
    .number({ error: "members.validation.expiresInDays" })
    .int("members.validation.expiresInDays")
    .min(1, "members.validation.expiresInDays")
    .max(INVITATION_DAYS_MAX, "members.validation.expiresInDays")
    .default(INVITATION_DAYS_DEFAULT),
});
export type TCreateInvitation = z.infer<typeof ZCreateInvitation>;

export const ZInvitationRef = z.object({ invitationId: ZId });
export type TInvitationRef = z.infer<typeof ZInvitationRef>;

const ZToken = z
  .string({ error: "members.invitation.invalid" })
  .trim()
  .min(20, "members.invitation.invalid")
  .max(200, "members.invitation.invalid")
  .regex(/^[A-Za-z0-9_-]+$/, "members.invitation.invalid");

/**
 * POST /api/invitations/accept. Signed in: `{ token }` joins with that account. Signed out: `{ token,
 * name, password }` creates the account (plus `email` when the invitation names none).
 */
export const ZAcceptInvitation = z.object({
  token: ZToken,
  name: ZName.optional(),
  password: ZNewPassword.optional(),
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), ZEmail.optional()),
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;
