import { PageLoading } from "@/components/layout/PageLoading";

export default function Loading() {
  return <PageLoading />;
}
