import type { RouteTable } from "@/lib/http/route-table";
import { isLocale } from "./config";

/**
 * What next.config.ts computed from the files under app/ at build time and Next inlined (its
 * `env`): constants of the build, not configuration, so they are read here — once, for proxy.ts,
 * the sitemap and robots.txt — rather than through lib/env. Outside a Next build (unit tests,
 * scripts) only the home page is localized and no route is known.
 */
const localizedPrefixes = new Set(JSON.parse(process.env.KEEL_LOCALIZED_PREFIXES ?? '[""]') as string[]);
const apiRoutes = JSON.parse(process.env.KEEL_API_ROUTE_TABLE ?? '{"prefixes":[],"table":[]}') as { prefixes: string[]; table: RouteTable };

/** Whether a path is a public-site page with a URL per locale (`/pricing` → `/de/pricing`). */
export function isLocalizedPath(path: string): boolean {
  return localizedPrefixes.has(path.split("/")[1] ?? "");
}

/** Whether proxy.ts sends a path through locale routing: a public-site page, or any path under a locale prefix (`/de/…`). */
export function isPublicSitePath(path: string): boolean {
  return isLocalizedPath(path) || isLocale(path.split("/")[1]);
}

/** The first path segments of the REST routes (`me`, `tenants`, `v1`, …). */
export const apiRoutePrefixes: readonly string[] = apiRoutes.prefixes;

/** Every pattern under the API prefixes, pages included, with its methods (proxy.ts answers the rest in the error envelope). */
export const apiRouteTable: RouteTable = apiRoutes.table;

/** The URL patterns outside the public site: a path none matches gets the prerendered 404. */
export const appPatterns: readonly string[] = JSON.parse(process.env.KEEL_APP_PATTERNS ?? "[]") as string[];
