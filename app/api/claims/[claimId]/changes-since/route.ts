import { apiRoute } from "@/lib/http/route";
import { changesSince, ZChangesSince } from "@/lib/notifications/changes-since";

/** ?version=N&after=<eventId>: for the claim page to poll; see changesSince. */
export const GET = apiRoute(ZChangesSince, changesSince);
