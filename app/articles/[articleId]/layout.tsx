// Access and existence are settled here, before anything streams: a signed-out request is a redirect
// to sign in and an article that is not in the reader's workspace a real 404. The loading state
// (loading.tsx, below this layout) only ever shows for an article that is there.
import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/actor";
import { getArticleSummary } from "@/lib/articles/queries";
import { routes } from "@/lib/routes";
import { orNotFound } from "@/components/layout/not-found";

type Props = { children: ReactNode; params: Promise<{ articleId: string }> };

export default async function ArticleLayout({ children, params }: Props) {
  const { articleId } = await params;
  const actor = await requirePageActor(routes.article(articleId));
  await orNotFound(getArticleSummary(actor, articleId));
  return children;
}
