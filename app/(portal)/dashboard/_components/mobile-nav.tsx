"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { focusRing, cn } from "@/components/ui/cn";
import { SideNav, type NavLink } from "./side-nav";

/** Under md the side nav folds into a disclosure in the header. */
export function MobileNav({ items }: { items: readonly NavLink[] }) {
  const t = useTranslations("portal.nav");
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={ref} className="relative md:hidden">
      <summary className={cn("flex size-9 cursor-pointer list-none items-center justify-center rounded-md hover:bg-muted", focusRing)}>
        <span className="sr-only">{t("menu")}</span>
        <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M4 6h16M4 12h16M4 18h16" strokeLinecap="round" />
        </svg>
      </summary>
      <div className="absolute left-0 z-20 mt-2 w-56 rounded-lg border border-border bg-card p-2 shadow-lg">
        <SideNav items={items} onNavigate={() => ref.current?.removeAttribute("open")} />
      </div>
    </details>
  );
}
