import type { NavItem } from "@/lib/manifest/define";
import { isProduction } from "@/lib/runtime";
import { modules } from "./modules";

function collect(area: "portal" | "admin"): NavItem[] {
  return modules
    .flatMap((m) => ("nav" in m ? ((m.nav as { portal?: readonly NavItem[]; admin?: readonly NavItem[] })[area] ?? []) : []))
    .filter((item) => !(item.devOnly && isProduction))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/** The portal's side nav and the admin panel's, folded from the manifests. */
export const portalNav = collect("portal").map(({ href, label }) => ({ href, label }));
export const adminNav = collect("admin").map(({ href, label }) => ({ href, label }));
