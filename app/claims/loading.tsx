// Also covers a claim's own page until it has a loading file of its own, so the skeleton stays neutral.
import { PageLoading } from "@/components/layout/PageLoading";

export default function Loading() {
  return <PageLoading />;
}
