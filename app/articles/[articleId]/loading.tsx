import { PageLoading } from "@/components/layout/PageLoading";

export default function LoadingArticle() {
  return <PageLoading />;
}
