// Auth.js's route handlers, with their input checked first. Auth.js treats a malformed callbackUrl
// query parameter or callback-url cookie as a server misconfiguration and answers 500; here the first
// is a 400 that says what is wrong, and the second (a cookie any client can send) is dropped.
import "server-only";
import { NextRequest } from "next/server";
import { isAuthJsCallbackUrl } from "@/lib/auth/callback-url";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

const CALLBACK_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

type Handler = (req: NextRequest) => Promise<Response>;

export function withCheckedAuthInput(handler: Handler): Handler {
  return async (req) => {
    const origin = req.nextUrl.origin;
    const param = req.nextUrl.searchParams.get("callbackUrl");
    if (param !== null && !isAuthJsCallbackUrl(param, origin)) {
      return errorResponse(
        new AppError("INVALID", "errors.callbackUrl", { fields: { callbackUrl: "errors.callbackUrl" } }),
      );
    }
    const cookies = req.cookies.getAll();
    const bad = cookies.filter((c) => CALLBACK_COOKIES.has(c.name) && !isAuthJsCallbackUrl(c.value, origin));
    if (bad.length === 0) return handler(req);
    const headers = new Headers(req.headers);
    const kept = cookies.filter((c) => !bad.includes(c));
    if (kept.length > 0) headers.set("cookie", kept.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; "));
    else headers.delete("cookie");
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
    return handler(new NextRequest(req.url, { method: req.method, headers, body }));
  };
}
