"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn, focusRing } from "@/components/ui/cn";

const baseItems = [
  { href: "/dashboard", label: "Overview" },
  { href: "/dashboard/projects", label: "Projects" },
  { href: "/dashboard/team", label: "Team" },
  { href: "/dashboard/api-keys", label: "API keys" },
  { href: "/dashboard/usage", label: "Usage" },
  { href: "/dashboard/billing", label: "Billing" },
  { href: "/dashboard/credits", label: "Credits" },
  { href: "/dashboard/settings", label: "Settings" },
];

/** The dashboard's sections; `showMailbox` adds the local mailbox outside production. */
export function SideNav({ showMailbox, onNavigate }: { showMailbox: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const items = showMailbox ? [...baseItems, { href: "/dashboard/dev/mailbox", label: "Mailbox" }] : baseItems;
  return (
    <nav aria-label="Dashboard">
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
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
