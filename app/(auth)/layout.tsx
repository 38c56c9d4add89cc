import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { RequestDocument } from "@/components/site/document";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata: Metadata = siteMetadata;

/** Every auth page: one centered card under the wordmark. A root layout (see lib/site-metadata.ts). */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <RequestDocument>
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted px-4 py-10">
        <Link
          href="/"
          className="text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-ring"
        >
          Keel
        </Link>
        <div className="w-full max-w-sm rounded-lg border border-border bg-card p-6 shadow-sm sm:p-8">{children}</div>
      </main>
    </RequestDocument>
  );
}
