"use client";
// Opens the browser's print dialog; the page's print stylesheet leaves only the report.
import { Button } from "@/components/ui/Button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      <span aria-hidden="true">⎙</span>
      {label}
    </Button>
  );
}
