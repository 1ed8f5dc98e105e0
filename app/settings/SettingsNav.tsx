"use client";
// The settings sub-navigation: one link per section the reader's role may open (settings-sections.ts).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SettingsNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const here = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={here ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${here ? "bg-blue-50 text-blue-900 underline decoration-2 underline-offset-8" : "text-gray-700 hover:bg-gray-100 hover:text-gray-900"}`}
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
