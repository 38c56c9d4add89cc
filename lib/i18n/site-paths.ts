import { join } from "node:path";
import { scanRouteTable } from "../http/route-table";

/**
 * The first path segments of the public site's pages and routes (`pricing`, `docs`, `blog`, …),
 * read from app/[locale] at build time (next.config.ts). A page a module adds there is localized
 * without a list to edit. The home page's segment is "".
 */
export function localizedPrefixes(appDir: string): string[] {
  const table = scanRouteTable(join(appDir, "[locale]"));
  return [...new Set(table.map((entry) => entry.pattern.split("/")[1] ?? ""))].sort();
}

/** The URL patterns outside the public site (portal, admin, auth, API, metadata routes). */
export function appPatterns(appDir: string): string[] {
  return scanRouteTable(appDir)
    .map((entry) => entry.pattern)
    .filter((pattern) => !pattern.startsWith("/[locale]"))
    .concat(["/robots.txt", "/sitemap.xml"]);
}
