// Notification kinds, the details each kind carries, and the API's input schemas. Client-safe (no
// server imports): the pages render a notification from `kind` + `data` with the notifications.* texts.
import { z } from "zod";
import { ZId } from "@/lib/http/text";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "assigned",
  "mentioned",
  "changes_requested",
  "signed_off",
  "due_soon",
] as const satisfies readonly NotificationKind[];

/** The `data` each kind carries; the list gives `data: null` for a stored row that does not fit, never an error. */
export const notificationDataSchemas = {
  assigned: z.object({ dueAt: z.string().nullish(), priority: z.enum(["low", "normal", "high", "urgent"]).optional() }),
  mentioned: z.object({ commentId: z.string(), excerpt: z.string() }),
  changes_requested: z.object({ note: z.string().nullish() }),
  signed_off: z.object({ verdict: z.enum(["unreviewed", "verified", "disputed", "contradicted"]).optional() }),
  due_soon: z.object({ dueAt: z.string() }),
} as const satisfies Record<NotificationKind, z.ZodType>;
export type TNotificationData = { [K in NotificationKind]: z.infer<(typeof notificationDataSchemas)[K]> };

/** GET /api/notifications?cursor=…&unread=1 */
export const ZListNotifications = z.object({
  cursor: z.string().max(200).optional().catch(undefined),
  unread: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1" || v === "true"),
});
export type TListNotifications = z.infer<typeof ZListNotifications>;

/** POST /api/notifications/read: some of one's own notifications, or all of them. */
export const ZMarkRead = z
  .object({
    ids: z
      .array(ZId, { error: "validation.required" })
      .min(1, "validation.required")
      .max(200, "validation.tooLong")
      .optional(),
    all: z.literal(true, { error: "validation.required" }).optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), {
    error: "notifications.validation.idsOrAll",
    path: ["_form"],
  });
export type TMarkRead = z.infer<typeof ZMarkRead>;

export const NOTIFICATIONS_PAGE_SIZE = 20;
