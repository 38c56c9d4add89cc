import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/auth/config";
import { apiRoutePrefixes } from "@/lib/i18n/build-paths";

/**
 * robots.txt, generated rather than a static public/robots.txt: its `Sitemap:` line must be an
 * absolute URL, and only the server knows the deployment's origin (BETTER_AUTH_URL, see appUrl).
 * Rendered per request so one build serves any origin it is started with; the work is a few
 * string joins. Only appUrl is imported, never the database, so `next build` opens nothing.
 *
 * robots.txt is advice to crawlers, not access control: every disallowed path still enforces its
 * own session or key. The signed-in app, the admin console, Better Auth's endpoints, the payment
 * simulator's pages and the REST routes (their prefixes as the build found them under app/(api))
 * have nothing to index. A prefix is disallowed as `/me/` and `/me$` rather than `/me`, which
 * would also match a page such as `/meetings`.
 */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const api = apiRoutePrefixes.flatMap((prefix) => [`/${prefix}/`, `/${prefix}$`]);
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/dashboard", "/admin", "/api/", "/billing/simulator", ...api],
    },
    sitemap: `${appUrl}/sitemap.xml`,
  };
}
