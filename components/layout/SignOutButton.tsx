"use client";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/Button";

export function SignOutButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" busy={pending}>
      {label}
    </Button>
  );
}
