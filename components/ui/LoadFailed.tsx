"use client";
// What a section loaded after the page (useLoadWhenVisible) shows when its request fails: the server's
// message (or the section's own for a network failure) as an alert, and a Retry button.
import { Button } from "@/components/ui/Button";

export function LoadFailed({
  message,
  retryLabel,
  onRetry,
}: {
  message: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <div role="alert" className="flex flex-col items-start gap-2 text-sm text-red-900">
      <p>{message}</p>
      <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onRetry}>
        {retryLabel}
      </Button>
    </div>
  );
}
