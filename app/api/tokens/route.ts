// Personal API tokens, session only: a token cannot list or mint tokens (apiRoute ignores Bearer).
import { z } from "zod";
import { apiRoute } from "@/lib/http/route";
import { ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { createApiToken, listApiTokens } from "@/lib/api-tokens/api-tokens";

export const GET = apiRoute(z.object({}), (actor) => listApiTokens(actor));
export const POST = apiRoute(ZCreateApiToken, createApiToken);
