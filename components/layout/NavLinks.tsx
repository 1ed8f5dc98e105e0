"use client";
// The main navigation; marks the current section (aria-current="page" on its own page, "true" below it).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-1">
        {items.map((item) => {
          const exact = pathname === item.href;
          const within = exact || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={exact ? "page" : within ? "true" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  within
                    ? "bg-blue-50 text-blue-900 underline decoration-2 underline-offset-8"
                    : "text-gray-700 hover:bg-gray-100 hover:text-gray-900"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
