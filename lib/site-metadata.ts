import type { Metadata } from "next";
import { appUrl } from "@/lib/auth/config";

/**
 * Keel's source repository: the footer's GitHub link, the Organization's `sameAs` and the docs'
 * "Edit on GitHub" default (NEXT_PUBLIC_DOCS_REPO_URL overrides that one). A fork points it at
 * its own repository or company profile.
 */
export const sourceRepoUrl = "https://github.com/keel-dev/keel";

const description = "The full-stack Next.js SaaS starter that runs with zero accounts.";
const ogImage = { url: "/og.png", width: 1200, height: 630, alt: `Keel: ${description}` };

/**
 * What every root layout (the public site, portal, admin, auth, simulator) starts from. The app
 * has one root layout per area because the public site prerenders per locale at build time while
 * the others render per request with the CSP nonce (lib/http/content-security-policy.ts).
 */
export const siteMetadata: Metadata = {
  title: { default: "Keel", template: "%s · Keel" },
  description,
  // Makes the relative image URLs below absolute, as Open Graph requires. Pages prerendered by
  // `next build` take the origin present at build time: set BETTER_AUTH_URL when building.
  metadataBase: new URL(appUrl),
  icons: {
    // Browsers that read SVG icons take icon.svg; the others (and /favicon.ico requests) the ICO,
    // which holds 16, 32 and 48 px. `sizes` is not "any" so Chrome still prefers the SVG.
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  // No title or description here: Next fills both from each page's own (e.g. "Pricing · Keel").
  // A page that exports its own `openGraph` replaces this object, so it must repeat `images`.
  openGraph: { type: "website", siteName: "Keel", images: [ogImage] },
  twitter: { card: "summary_large_image", images: [ogImage] },
};
