import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/auth/config";

/**
 * robots.txt, generated rather than a static public/robots.txt: its `Sitemap:` line must be an
 * absolute URL, and only the server knows the deployment's origin (BETTER_AUTH_URL, see appUrl).
 * Rendered per request so one build serves any origin it is started with; the work is a few
 * string joins. Only appUrl is imported, never the database, so `next build` opens nothing.
 *
 * robots.txt is advice to crawlers, not access control: every disallowed path still enforces its
 * own session or key. The signed-in app, the admin console, Better Auth's endpoints and the
 * payment simulator's pages have nothing to index.
 */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/dashboard", "/admin", "/api/", "/billing/simulator"],
    },
    sitemap: `${appUrl}/sitemap.xml`,
  };
}
