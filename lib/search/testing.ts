// Test data for search, links and quantities: an article in a fixture workspace whose claims are its
// sentences, with the claimant, category, date and quantities each test needs.
import { db } from "@/lib/db";
import { uniq } from "@/lib/testing/fixtures";
import type { QuantityQualifier } from "@/lib/generated/prisma/enums";

export type TestClaim = {
  quote: string;
  claimant?: string;
  category?: string;
  cue?: string;
  claimedAt?: string;
  quantities?: { value: number; unit: string; qualifier: QuantityQualifier; text: string }[];
};

export async function addArticleWithClaims(
  workspaceId: string,
  opts: { language: "id" | "en"; title?: string; publishedAt?: string; claims: TestClaim[] },
) {
  const body = opts.claims.map((c) => c.quote).join("\n");
  const article = await db.article.create({
    data: {
      workspaceId,
      title: opts.title ?? `Article ${uniq("a")}`,
      outlet: "Fixture Wire",
      language: opts.language,
      publishedAt: new Date(opts.publishedAt ?? "2025-04-28T05:00:00Z"),
      body,
    },
  });
  const claims = [];
  let offset = 0;
  for (const c of opts.claims) {
    claims.push(
      await db.claim.create({
        data: {
          workspaceId,
          articleId: article.id,
          quote: c.quote,
          startOffset: offset,
          endOffset: offset + c.quote.length,
          claimant: c.claimant ?? "Fixture claimant",
          cue: c.cue ?? null,
          category: c.category ?? "statement",
          claimedAt: c.claimedAt ? new Date(c.claimedAt) : null,
          quantities: {
            create: (c.quantities ?? []).map((q, position) => ({ position, ...q })),
          },
        },
      }),
    );
    offset += c.quote.length + 1;
  }
  return { article, claims };
}
