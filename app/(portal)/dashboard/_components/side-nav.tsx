"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn, focusRing } from "@/components/ui/cn";

/** `label` is a message key (lib/app/nav.ts). */
export type NavLink = { href: string; label: string };

/** The dashboard's sections: the modules' nav entries (their manifests), which the layout passes in. */
export function SideNav({ items, onNavigate }: { items: readonly NavLink[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  const t = useTranslations();
  const frame = useTranslations("portal.nav");
  return (
    <nav aria-label={frame("label")}>
      <ul className="flex flex-col gap-1">
        {items.map((item) => {
          const active = item.href === "/dashboard" ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "block rounded-md px-3 py-2 text-sm font-medium",
                  focusRing,
                  active ? "bg-muted text-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
