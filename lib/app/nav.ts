import type { NavItem } from "@/lib/manifest/define";
import { isProduction } from "@/lib/runtime";
import { access, type AppPermission } from "./access";
import { modules } from "./modules";

/** A manifest's nav entries, each `label` made a full message key (`billing.nav.billing`). */
function collect(area: "portal" | "admin"): NavItem[] {
  return modules
    .flatMap((m) =>
      "nav" in m
        ? ((m.nav as { portal?: readonly NavItem[]; admin?: readonly NavItem[] })[area] ?? []).map((item) => ({ ...item, label: messageKey(m.id, item.label) }))
        : [],
    )
    .filter((item) => !(item.devOnly && isProduction))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/**
 * A manifest's labels and titles are message keys in its module's namespace (`nav.billing` in
 * billing's manifest is `billing.nav.billing`): an optional module's strings live in
 * `lib/<id>/messages/<locale>.json` and leave with it, a core module's in `messages/<locale>.json`
 * under its id. Whoever renders one translates it with a root translator: `t(label)`.
 */
export function messageKey(moduleId: string, key: string): string {
  return `${moduleId}.${key}`;
}

const portalItems = collect("portal");

/**
 * The portal's side nav for a role in the active tenant, folded from the manifests: an entry
 * with a permission shows only to roles it allows (without a tenant, only entries with none).
 * Labels are message keys (see `messageKey`).
 */
export function portalNavFor(role: string | null): { href: string; label: string }[] {
  return portalItems
    .filter((item) => !item.permission || (role !== null && access.can(role, item.permission as AppPermission)))
    .map(({ href, label }) => ({ href, label }));
}

/** The admin panel's own entries (other modules' pages come from lib/app/admin.ts); labels are message keys. */
export const adminNav = collect("admin").map(({ href, label }) => ({ href, label }));
