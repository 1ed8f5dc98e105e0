import { apiRoute } from "@/lib/http/route";
import { ZMarkRead } from "@/lib/notifications/schemas";
import { markAllRead, markRead } from "@/lib/notifications/notifications";

/** { ids: [...] } marks those (all must be the actor's), { all: true } marks every one. */
export const POST = apiRoute(ZMarkRead, (actor, input) =>
  input.all ? markAllRead(actor) : markRead(actor, input.ids ?? []),
);
