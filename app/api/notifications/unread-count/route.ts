import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { unreadCount } from "@/lib/notifications/notifications";

/** { count }: also delivers any "due within a day" reminders the actor is owed. */
export const GET = apiRoute(z.object({}), async (actor) => ({ count: await unreadCount(actor) }));
