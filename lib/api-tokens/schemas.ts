// Input schemas for personal API tokens, shared by the settings form and the token routes.
import { z } from "zod";
import { ZId, ZText } from "@/lib/http/text";

export const API_TOKEN_NAME_MAX = 100;
/** The expiry choices the settings form offers, in days; absent or null means the token does not expire. */
export const API_TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;

export const ZCreateApiToken = z.object({
  name: ZText({ max: API_TOKEN_NAME_MAX, required: "apiTokens.nameRequired" }),
  expiresInDays: z.literal(API_TOKEN_EXPIRY_DAYS, { error: "apiTokens.expiryInvalid" }).nullable().optional(),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZApiTokenRef = z.object({ tokenId: ZId });
export type TApiTokenRef = z.infer<typeof ZApiTokenRef>;
