import type { MetadataRoute } from "next";
import { publicPages } from "@/lib/app/catalogs";
import { appUrl } from "@/lib/auth/config";

/**
 * The public pages worth indexing: the landing page and the pages modules declare in their
 * manifests (`publicPages`), so a removed module's pages leave the sitemap with it.
 *
 * Rendered per request, like robots.ts, so the URLs carry the origin the server runs with
 * (BETTER_AUTH_URL) rather than the one present at build time.
 */
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPages.map((path) => ({ url: `${appUrl}${path}`, priority: path === "/" ? 1 : 0.5 }));
}
