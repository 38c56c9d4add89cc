import type { NavItem } from "@/lib/manifest/define";
import { isProduction } from "@/lib/runtime";
import { access, type AppPermission } from "./access";
import { modules } from "./modules";

function collect(area: "portal" | "admin"): NavItem[] {
  return modules
    .flatMap((m) => ("nav" in m ? ((m.nav as { portal?: readonly NavItem[]; admin?: readonly NavItem[] })[area] ?? []) : []))
    .filter((item) => !(item.devOnly && isProduction))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

const portalItems = collect("portal");

/**
 * The portal's side nav for a role in the active tenant, folded from the manifests: an entry
 * with a permission shows only to roles it allows (without a tenant, only entries with none).
 */
export function portalNavFor(role: string | null): { href: string; label: string }[] {
  return portalItems
    .filter((item) => !item.permission || (role !== null && access.can(role, item.permission as AppPermission)))
    .map(({ href, label }) => ({ href, label }));
}

/** The admin panel's own entries (other modules' pages come from lib/app/admin.ts). */
export const adminNav = collect("admin").map(({ href, label }) => ({ href, label }));
