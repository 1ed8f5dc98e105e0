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
  join: (token: string) => `/invite/${enc(token)}`,
  /** The reader's notifications; `unread` keeps only unread ones, `cursor` is the next page's. */
  notifications: (p: { unread?: boolean; cursor?: string | null } = {}) =>
    withQuery("/notifications", [
      ["unread", p.unread ? 1 : undefined],
      ["cursor", p.cursor ?? undefined],
    ]),
  /** Settings: a shell with a sub-navigation; members (admins) and the API tokens page live under it. */
  settings: () => "/settings",
  settingsMembers: () => "/settings/members",
  /** The claims list of one assignee (members admin: reassign a deactivated member's open claims). */
  claimsAssignedTo: (userId: string) => withQuery("/claims", [["assignee", userId]]),

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
  /** The member's personal API tokens. */
  settingsTokens: () => "/settings/tokens",
  /** An article's printable verdict report (exports, publishing). */
  articleReport: (articleId: string) => `/articles/${enc(articleId)}/report`,
  /** A published report, public at an unguessable slug. */
  publicReport: (slug: string) => `/r/${enc(slug)}`,
  /** Exports of filtered claims, and the export log for editors; filters prefill the form. */
  exports: (q: Record<string, string | undefined> = {}) => withQuery("/exports", Object.entries(q)),
  /** Article intake (docs/decisions/0019): add an article, review its suggestions, edit its text. */
  newArticle: () => "/articles/new",
  articleSuggestions: (articleId: string) => `/articles/${enc(articleId)}/suggestions`,
  articleEdit: (articleId: string) => `/articles/${enc(articleId)}/edit`,

  /** Full-text search over claims and articles, with the claims list's filters (lib/search/). */
  search: (
    p: { q?: string; verdict?: string; category?: string; articleId?: string; claimant?: string; page?: number } = {},
  ) =>
    withQuery("/search", [
      ["q", p.q],
      ["verdict", p.verdict],
      ["articleId", p.articleId],
      ["claimant", p.claimant],
      ["category", p.category],
      ["page", p.page && p.page > 1 ? p.page : undefined],
    ]),
  /** The quantity tracker; with a key, that quantity's figures (lib/quantities/). */
  quantities: (key?: string) => withQuery("/quantities", [["q", key]]),

  /** JSON endpoints called by client components (lib/http/client.ts). */
  api: {
    bulkAssignment: () => "/api/claims/bulk-assignment",
    bulkUnassignment: () => "/api/claims/bulk-unassignment",
    claimVerdict: (claimId: string) => `/api/claims/${enc(claimId)}/verdict`,
    claimEvidence: (claimId: string) => `/api/claims/${enc(claimId)}/evidence`,
    claimEvidenceItem: (claimId: string, evidenceId: string) =>
      `/api/claims/${enc(claimId)}/evidence/${enc(evidenceId)}`,
    preferences: () => "/api/preferences",
    claimAssignment: (claimId: string) => `/api/claims/${enc(claimId)}/assignment`,
    claimPickup: (claimId: string) => `/api/claims/${enc(claimId)}/pickup`,
    claimSignoff: (claimId: string) => `/api/claims/${enc(claimId)}/signoff`,
    claimChanges: (claimId: string) => `/api/claims/${enc(claimId)}/changes`,
    claimComments: (claimId: string) => `/api/claims/${enc(claimId)}/comments`,
    /** Claims in other articles whose quote reads like this one's (lib/search/similar.ts). */
    claimSimilar: (claimId: string) => `/api/claims/${enc(claimId)}/similar`,
    /** Links worth adding to this claim, for the claim page's link tools (lib/links/suggest.ts). */
    claimSuggestedLinks: (claimId: string) => `/api/claims/${enc(claimId)}/suggested-links`,
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
    apiTokens: () => "/api/tokens",
    apiToken: (tokenId: string) => `/api/tokens/${enc(tokenId)}`,
    /** The read-only API's OpenAPI document (lib/api-v1/). */
    v1OpenApi: () => "/api/v1/openapi.json",
    /** Downloads: a filtered set of claims, or one article's report (query: format, filters). */
    exportClaims: (q: Record<string, string | undefined>) => withQuery("/api/exports/claims", Object.entries(q)),
    articleReport: (articleId: string, format: string) =>
      withQuery(`/api/articles/${enc(articleId)}/report`, [["format", format]]),
    articlePublication: (articleId: string) => `/api/articles/${enc(articleId)}/publication`,
    articles: () => "/api/articles",
    articleBody: (articleId: string) => `/api/articles/${enc(articleId)}/body`,
    articleClaims: (articleId: string) => `/api/articles/${enc(articleId)}/claims`,
    suggestion: (suggestionId: string) => `/api/suggestions/${enc(suggestionId)}`,
    claimLinks: (claimId: string) => `/api/claims/${enc(claimId)}/links`,
    claimLink: (claimId: string, linkId: string) => `/api/claims/${enc(claimId)}/links/${enc(linkId)}`,
    claimLinkCandidates: (claimId: string, q: string) =>
      withQuery(`/api/claims/${enc(claimId)}/link-candidates`, [["q", q]]),
    /** A few matches for the claims list's claimant or article field (lib/filter-options/). */
    filterOptions: (kind: "claimant" | "article", q: string, limit?: number) =>
      withQuery("/api/filter-options", [
        ["kind", kind],
        ["q", q],
        ["limit", limit],
      ]),
  },
} as const;
