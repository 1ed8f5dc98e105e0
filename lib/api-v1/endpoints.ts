// The read-only REST API (/api/v1): every endpoint's path, permission, input and output schemas, in
// one table. The route handlers parse with these schemas (lib/http/api-v1.ts) and the OpenAPI document
// is generated from the same ones (lib/api-v1/openapi.ts), so the document cannot drift from what the
// routes accept. Pure and client-safe: no database here. Decision record 0018.
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import {
  CLAIM_CATEGORIES,
  CLAIM_LINK_TYPES,
  EVIDENCE_STANCES,
  PRIORITIES,
  QUANTITY_QUALIFIERS,
  REVIEW_STATUSES,
  VERDICTS,
} from "@/lib/claims/vocabulary";
import { LIMITS } from "@/lib/claims/schemas";
import { decodeCursor } from "@/lib/claims/cursor";
import { ZClaimEvent } from "@/lib/claims/events";
import { ZId, ZText } from "@/lib/http/text";
import { EXPORT_FORMAT_NAMES, ZClaimsExportQuery } from "@/lib/exports/query";

export const API_V1_BASE = "/api/v1";
export const API_CLAIMS_PAGE_SIZE = 50;
export const API_CLAIMS_MAX_PAGE_SIZE = 200;

// ---------------------------------------------------------------------------------------------------
// Inputs. Query objects are strict: an unknown parameter is refused by name rather than ignored, so a
// typo (`verdit=`) does not silently return everything.

const ZIdParam = ZId.meta({ description: "A record id, as the API returns it." });
const ZCursor = ZText({ max: 200, required: "validation.required" })
  .refine((v) => decodeCursor(v) !== null, "apiV1.badCursor")
  .meta({ description: "A cursor from a previous page's `pagination.nextCursor` or `prevCursor`." });

export const ZApiArticlesQuery = z.strictObject({
  page: z.coerce
    .number({ error: "apiV1.badNumber" })
    .int("apiV1.badNumber")
    .min(1, "apiV1.badNumber")
    .max(1_000_000, "apiV1.badNumber")
    .default(1)
    .meta({ description: "1-based page number; 50 articles a page, newest first." }),
});
export type TApiArticlesQuery = z.infer<typeof ZApiArticlesQuery>;

export const ZApiClaimsQuery = z.strictObject({
  verdict: z.enum(VERDICTS, { error: "apiV1.unknownValue" }).optional(),
  category: z.enum(CLAIM_CATEGORIES, { error: "apiV1.unknownValue" }).optional(),
  articleId: ZId.optional(),
  claimant: ZText({ max: LIMITS.claimant, required: "validation.required" })
    .optional()
    .meta({ description: "Any part of the claimant's name, case-insensitive." }),
  status: z.enum(REVIEW_STATUSES, { error: "apiV1.unknownValue" }).optional(),
  assignee: ZId.optional().meta({ description: '"me", "none" (unassigned) or a member\'s user id.' }),
  overdue: z
    .enum(["true", "false", "1", "0"], { error: "apiV1.unknownValue" })
    .transform((v) => v === "true" || v === "1")
    .optional(),
  after: ZCursor.optional(),
  before: ZCursor.optional(),
  pageSize: z.coerce
    .number({ error: "apiV1.badNumber" })
    .int("apiV1.badNumber")
    .min(1, "apiV1.badNumber")
    .max(API_CLAIMS_MAX_PAGE_SIZE, "apiV1.badNumber")
    .default(API_CLAIMS_PAGE_SIZE),
});
export type TApiClaimsQuery = z.infer<typeof ZApiClaimsQuery>;

const ZNoQuery = z.strictObject({});

// ---------------------------------------------------------------------------------------------------
// Outputs (documentation; the handlers' return types are checked against them).

const ZTime = z.iso.datetime();
const ZPerson = z.object({ id: z.string(), name: z.string() }).meta({ id: "Person" });
const ZVerdictCounts = z.object(
  Object.fromEntries(VERDICTS.map((v) => [v, z.number().int()])) as {
    [K in (typeof VERDICTS)[number]]: z.ZodNumber;
  },
);

export const ZApiArticleSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    language: z.string(),
    publishedAt: ZTime,
    claimCount: z.number().int(),
  })
  .meta({ id: "ArticleSummary" });

export const ZApiArticle = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string(),
    url: z.string().nullable(),
    language: z.string(),
    publishedAt: ZTime,
    byline: z.string().nullable(),
    body: z.string(),
    verdictCounts: ZVerdictCounts,
    claims: z.array(
      z.object({
        id: z.string(),
        quote: z.string(),
        startOffset: z.number().int(),
        endOffset: z.number().int(),
        claimant: z.string(),
        category: z.string(),
        verdict: z.enum(VERDICTS),
      }),
    ),
  })
  .meta({ id: "Article" });

export const ZApiClaimSummary = z
  .object({
    id: z.string(),
    quote: z.string(),
    claimant: z.string(),
    category: z.string(),
    verdict: z.enum(VERDICTS),
    reviewStatus: z.enum(REVIEW_STATUSES),
    priority: z.enum(PRIORITIES),
    dueAt: ZTime.nullable(),
    overdue: z.boolean(),
    createdAt: ZTime,
    reviewedAt: ZTime.nullable(),
    reviewedBy: z.object({ name: z.string() }).nullable(),
    assignee: ZPerson.nullable(),
    article: z.object({ id: z.string(), title: z.string() }),
  })
  .meta({ id: "ClaimSummary" });

const ZLinkedClaim = z.object({
  id: z.string(),
  quote: z.string(),
  claimant: z.string(),
  verdict: z.enum(VERDICTS),
  article: z.object({ id: z.string(), title: z.string() }),
});

export const ZApiClaim = z
  .object({
    id: z.string(),
    quote: z.string(),
    startOffset: z.number().int(),
    endOffset: z.number().int(),
    claimant: z.string(),
    cue: z.string().nullable(),
    category: z.string(),
    claimedAt: z.iso.date().nullable(),
    verdict: z.enum(VERDICTS),
    rationale: z.string().nullable(),
    reviewedAt: ZTime.nullable(),
    reviewedBy: ZPerson.nullable(),
    review: z.object({
      status: z.enum(REVIEW_STATUSES),
      assignee: ZPerson.nullable(),
      dueAt: ZTime.nullable(),
      priority: z.enum(PRIORITIES),
      changesNote: z.string().nullable(),
      signedOffAt: ZTime.nullable(),
      signedOffBy: ZPerson.nullable(),
    }),
    version: z.number().int(),
    createdAt: ZTime,
    updatedAt: ZTime,
    article: z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string(),
      url: z.string().nullable(),
      language: z.string(),
      publishedAt: ZTime,
    }),
    quantities: z.array(
      z.object({ value: z.number(), unit: z.string(), qualifier: z.enum(QUANTITY_QUALIFIERS), text: z.string() }),
    ),
    evidence: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        archivedUrl: z.string().nullable(),
        excerpt: z.string().nullable(),
        stance: z.enum(EVIDENCE_STANCES),
        addedBy: z.object({ name: z.string() }).nullable(),
        createdAt: ZTime,
      }),
    ),
    links: z.array(
      z.object({
        id: z.string(),
        type: z.enum(CLAIM_LINK_TYPES),
        direction: z.enum(["outgoing", "incoming"]),
        claim: ZLinkedClaim,
      }),
    ),
    history: z
      .array(
        z.object({
          id: z.string(),
          action: z.string(),
          at: ZTime,
          actor: ZPerson.nullable(),
          /** The typed change; null for a stored row this version cannot read (shown as an unknown change). */
          change: ZClaimEvent.nullable(),
        }),
      )
      .meta({ description: "Newest first, the latest 200 changes." }),
    corrections: z.array(
      z.object({
        id: z.string(),
        fromVerdict: z.enum(VERDICTS),
        toVerdict: z.enum(VERDICTS),
        reason: z.string(),
        by: ZPerson.nullable(),
        createdAt: ZTime,
      }),
    ),
  })
  .meta({ id: "Claim" });

export type TApiArticleSummary = z.infer<typeof ZApiArticleSummary>;
export type TApiArticle = z.infer<typeof ZApiArticle>;
export type TApiClaimSummary = z.infer<typeof ZApiClaimSummary>;
export type TApiClaim = z.infer<typeof ZApiClaim>;

// ---------------------------------------------------------------------------------------------------
// The endpoints

/** One endpoint: what the route wrapper enforces and what the OpenAPI document says. */
export type ApiEndpoint<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject> = {
  /** OpenAPI path template, e.g. /api/v1/claims/{claimId}. */
  path: string;
  operationId: string;
  summary: string;
  permission: Permission;
  params: P;
  query: Q;
  /** The successful response: a JSON body schema, or a streamed download in one of the export formats. */
  response: { json: z.ZodType } | { download: "export" };
  /** False only for the OpenAPI document itself, which anyone may read. */
  authenticated?: boolean;
};

const ZDataOf = <T extends z.ZodType>(data: T) => z.object({ data });

export const ZApiPagePagination = z.object({
  page: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export const ZApiCursorPagination = z.object({
  pageSize: z.number().int(),
  nextCursor: z.string().nullable(),
  prevCursor: z.string().nullable(),
});

const endpoint = <P extends z.ZodObject, Q extends z.ZodObject>(e: ApiEndpoint<P, Q>) => e;

export const API_V1_ENDPOINTS = {
  listArticles: endpoint({
    path: "/api/v1/articles",
    operationId: "listArticles",
    summary: "Articles, newest first, 50 a page.",
    permission: "read",
    params: z.object({}),
    query: ZApiArticlesQuery,
    response: { json: z.object({ data: z.array(ZApiArticleSummary), pagination: ZApiPagePagination }) },
  }),
  getArticle: endpoint({
    path: "/api/v1/articles/{articleId}",
    operationId: "getArticle",
    summary: "One article with its text, its claims in reading order and its verdict counts.",
    permission: "read",
    params: z.object({ articleId: ZIdParam }),
    query: ZNoQuery,
    response: { json: ZDataOf(ZApiArticle) },
  }),
  listClaims: endpoint({
    path: "/api/v1/claims",
    operationId: "listClaims",
    summary: "Claims, newest first, with the claims list's filters and cursor pagination.",
    permission: "read",
    params: z.object({}),
    query: ZApiClaimsQuery,
    response: { json: z.object({ data: z.array(ZApiClaimSummary), pagination: ZApiCursorPagination }) },
  }),
  getClaim: endpoint({
    path: "/api/v1/claims/{claimId}",
    operationId: "getClaim",
    summary: "One claim with its verdict, review status, evidence, links, history and corrections.",
    permission: "read",
    params: z.object({ claimId: ZIdParam }),
    query: ZNoQuery,
    response: { json: ZDataOf(ZApiClaim) },
  }),
  getArticleReport: endpoint({
    path: "/api/v1/articles/{articleId}/report",
    operationId: "getArticleReport",
    summary: "One article's verdict report as a streamed download, in any export format.",
    permission: "export",
    params: z.object({ articleId: ZIdParam }),
    query: z.strictObject({ format: z.enum(EXPORT_FORMAT_NAMES, { error: "apiV1.unknownValue" }) }),
    response: { download: "export" },
  }),
  exportClaims: endpoint({
    path: "/api/v1/exports/claims",
    operationId: "exportClaims",
    summary:
      "A filtered set of claims as a streamed download: the claims list's filters, plus from/to (day the verdict was given), reviewer and the CSV separator.",
    permission: "export",
    params: z.object({}),
    query: ZClaimsExportQuery,
    response: { download: "export" },
  }),
  openapi: endpoint({
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document.",
    permission: "read",
    params: z.object({}),
    query: ZNoQuery,
    response: { json: z.looseObject({ openapi: z.string() }) },
    authenticated: false,
  }),
};
export type ApiV1EndpointName = keyof typeof API_V1_ENDPOINTS;
