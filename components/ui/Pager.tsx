// Previous / next links for a paged list (rel prev/next), with a status line between them.
// A missing href shows the link as unavailable rather than hiding it, so the layout does not jump.
import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  label: string;
  prev: { href: string | null; label: string };
  next: { href: string | null; label: string };
  status?: ReactNode;
};

const linkClass =
  "inline-flex items-center gap-1 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-blue-800 hover:bg-blue-50";
const offClass =
  "inline-flex items-center gap-1 rounded-md border border-gray-200 bg-gray-50 px-3 py-1.5 text-sm text-gray-500";

export function Pager({ label, prev, next, status }: Props) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {prev.href ? (
        <Link href={prev.href} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span> {prev.label}
        </Link>
      ) : (
        <span aria-disabled="true" className={offClass}>
          <span aria-hidden="true">←</span> {prev.label}
        </span>
      )}
      {status && <p className="text-sm text-gray-700">{status}</p>}
      {next.href ? (
        <Link href={next.href} rel="next" className={linkClass}>
          {next.label} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={offClass}>
          {next.label} <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
