// Every URL of the app is built here: ids are encoded, query parameters go in one fixed order with
// defaults left out, so equal filters give equal URLs (links, redirects, caches and tests agree).
// Pure: usable from server and client components. Add a helper here before linking a new page.
import { CLAIMS_PAGE_SIZE, type TClaimFilters } from "@/lib/claims/schemas";
import type { TReviewStatus } from "@/lib/claims/vocabulary";

export type ClaimsListParams = Partial<
  Pick<
    TClaimFilters,
    | "verdict"
    | "category"
    | "articleId"
    | "claimant"
    | "status"
    | "active"
    | "assignee"
    | "overdue"
    | "pageSize"
    | "after"
    | "before"
  >
>;

const enc = encodeURIComponent;

function withQuery(pathname: string, params: [string, string | number | undefined][]): string {
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${pathname}?${s}` : pathname;
}

export const routes = {
  home: () => "/",
  /** The sign-in page; `callbackUrl` is where to return after (checked again by the sign-in page). */
  signIn: (callbackUrl?: string) => withQuery("/signin", [["callbackUrl", callbackUrl]]),
  noWorkspace: () => "/no-workspace",
  /** Where an invitation link points (the token is shown once, when the link is created). */
  join: (token: string) => `/join/${enc(token)}`,

  /** The claims list. A cursor (`after` wins over `before`) is kept only when given. */
  claims: (f: ClaimsListParams = {}) =>
    withQuery("/claims", [
      ["verdict", f.verdict],
      ["articleId", f.articleId],
      ["claimant", f.claimant],
      ["category", f.category],
      ["status", f.status],
      ["active", f.active ? 1 : undefined],
      ["assignee", f.assignee],
      ["overdue", f.overdue ? 1 : undefined],
      ["pageSize", f.pageSize !== undefined && f.pageSize !== CLAIMS_PAGE_SIZE ? f.pageSize : undefined],
      ["after", f.after],
      ["before", f.after ? undefined : f.before],
    ]),
  claim: (claimId: string) => `/claims/${enc(claimId)}`,

  /** My queue: the actor's assigned claims, optionally one review status; page 1 is the bare path. */
  queue: (p: { status?: TReviewStatus; page?: number } = {}) =>
    withQuery("/queue", [
      ["status", p.status],
      ["page", p.page !== undefined && p.page > 1 ? p.page : undefined],
    ]),
  /** The editor's desk; article page 1 is the bare path. */
  desk: (articlePage = 1) => withQuery("/desk", [["articlePage", articlePage > 1 ? articlePage : undefined]]),

  /** The articles list; page 1 is the bare path. */
  articles: (page = 1) => withQuery("/articles", [["page", page > 1 ? page : undefined]]),
  article: (articleId: string) => `/articles/${enc(articleId)}`,

  /** JSON endpoints called by client components (lib/http/client.ts). */
  api: {
    bulkAssignment: () => "/api/claims/bulk-assignment",
    claimVerdict: (claimId: string) => `/api/claims/${enc(claimId)}/verdict`,
    claimEvidence: (claimId: string) => `/api/claims/${enc(claimId)}/evidence`,
    claimEvidenceItem: (claimId: string, evidenceId: string) =>
      `/api/claims/${enc(claimId)}/evidence/${enc(evidenceId)}`,
    preferences: () => "/api/preferences",
    claimComments: (claimId: string) => `/api/claims/${enc(claimId)}/comments`,
    claimComment: (claimId: string, commentId: string) => `/api/claims/${enc(claimId)}/comments/${enc(commentId)}`,
    /** Poll with the page's claim version and its newest history event id (see lib/notifications/changes-since.ts). */
    claimChangesSince: (claimId: string, version: number, after?: string | null) =>
      withQuery(`/api/claims/${enc(claimId)}/changes-since`, [
        ["version", version],
        ["after", after ?? undefined],
      ]),
    notifications: (p: { cursor?: string | null; unread?: boolean } = {}) =>
      withQuery("/api/notifications", [
        ["cursor", p.cursor ?? undefined],
        ["unread", p.unread ? 1 : undefined],
      ]),
    notificationsUnreadCount: () => "/api/notifications/unread-count",
    notificationsRead: () => "/api/notifications/read",
    members: () => "/api/members",
    member: (userId: string) => `/api/members/${enc(userId)}`,
    memberAssignments: (userId: string) => `/api/members/${enc(userId)}/assignments`,
    memberSearch: (q: string, limit?: number) =>
      withQuery("/api/members/search", [
        ["q", q],
        ["limit", limit],
      ]),
    invitations: () => "/api/invitations",
    invitation: (invitationId: string) => `/api/invitations/${enc(invitationId)}`,
    invitationAccept: () => "/api/invitations/accept",
  },
} as const;
