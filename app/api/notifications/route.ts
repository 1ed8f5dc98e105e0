import { apiRoute } from "@/lib/http/route";
import { ZListNotifications } from "@/lib/notifications/schemas";
import { listNotifications } from "@/lib/notifications/notifications";

/** ?cursor=…&unread=1: one page of the actor's notifications, newest first. */
export const GET = apiRoute(ZListNotifications, listNotifications);
