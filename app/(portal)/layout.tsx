import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RequestDocument } from "@/components/site/document";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata: Metadata = siteMetadata;

/** The portal's root layout (see lib/site-metadata.ts for why the app has several). */
export default function PortalRootLayout({ children }: { children: ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
