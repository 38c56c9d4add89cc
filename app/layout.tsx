import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { appUrl } from "@/lib/auth/config";
import "./globals.css";

const description = "The full-stack Next.js SaaS starter that runs with zero accounts.";
const ogImage = { url: "/og.png", width: 1200, height: 630, alt: `Keel: ${description}` };

export const metadata: Metadata = {
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request so its scripts carry this request's CSP nonce (proxy.ts,
  // lib/http/content-security-policy.ts): a page prerendered at build time would have none.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">{children}</body>
    </html>
  );
}
