import { describe, expect, it } from "vitest";
import { CLAIMS_PAGE_SIZE } from "@/lib/claims/schemas";
import { routes } from "@/lib/routes";

describe("routes", () => {
  it("encodes ids so an id can never change the path", () => {
    expect(routes.claim("nk-troops-14000")).toBe("/claims/nk-troops-14000");
    expect(routes.claim("a/b?c#d")).toBe("/claims/a%2Fb%3Fc%23d");
    expect(routes.article("../admin")).toBe("/articles/..%2Fadmin");
    expect(routes.api.claimEvidenceItem("c 1", "e/2")).toBe("/api/claims/c%201/evidence/e%2F2");
  });

  it("writes claims-list filters in one order, leaving defaults out, so equal filters give equal URLs", () => {
    expect(routes.claims()).toBe("/claims");
    expect(routes.claims({ pageSize: CLAIMS_PAGE_SIZE, claimant: "" })).toBe("/claims");
    const a = routes.claims({
      category: "denial",
      verdict: "disputed",
      claimant: "Kyiv & KCNA",
      articleId: "a1",
      pageSize: 100,
    });
    const b = routes.claims({
      pageSize: 100,
      articleId: "a1",
      claimant: "Kyiv & KCNA",
      verdict: "disputed",
      category: "denial",
    });
    expect(a).toBe(b);
    expect(a).toBe("/claims?verdict=disputed&articleId=a1&claimant=Kyiv+%26+KCNA&category=denial&pageSize=100");
  });

  it("keeps one cursor: `after` wins over `before`", () => {
    expect(routes.claims({ verdict: "verified", after: "x1" })).toBe("/claims?verdict=verified&after=x1");
    expect(routes.claims({ before: "y2" })).toBe("/claims?before=y2");
    expect(routes.claims({ after: "x1", before: "y2" })).toBe("/claims?after=x1");
  });

  it("numbers article pages from 1, page 1 being the bare list", () => {
    expect(routes.articles()).toBe("/articles");
    expect(routes.articles(1)).toBe("/articles");
    expect(routes.articles(3)).toBe("/articles?page=3");
  });

  it("carries the way back through sign-in as one encoded parameter", () => {
    expect(routes.signIn()).toBe("/signin");
    expect(routes.signIn("/claims?verdict=disputed&after=x")).toBe(
      "/signin?callbackUrl=%2Fclaims%3Fverdict%3Ddisputed%26after%3Dx",
    );
  });

  it("writes the review filters after the others, and pages the queue and the desk from 1", () => {
    expect(routes.claims({ overdue: true, assignee: "me", status: "open", verdict: "verified" })).toBe(
      "/claims?verdict=verified&status=open&assignee=me&overdue=1",
    );
    expect(routes.queue()).toBe("/queue");
    expect(routes.queue({ status: "changes_requested", page: 1 })).toBe("/queue?status=changes_requested");
    expect(routes.queue({ page: 2 })).toBe("/queue?page=2");
    expect(routes.desk()).toBe("/desk");
    expect(routes.desk(3)).toBe("/desk?articlePage=3");
  });
});
