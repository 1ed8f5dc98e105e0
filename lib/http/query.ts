import "server-only";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (req: Request, ctx: RouteContext) => Promise<Response>;

/**
 * Lets an `apiRoute` GET handler read its query string: the search parameters join the route params
 * before the one schema parses them (route params win, so `?claimId=` cannot retarget a route).
 */
export function withQuery(handler: Handler): Handler {
  return (req, ctx) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    // A route without dynamic segments gets no params at all.
    return handler(req, { params: Promise.resolve(ctx?.params).then((p) => ({ ...query, ...(p ?? {}) })) });
  };
}
