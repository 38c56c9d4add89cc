import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RequestDocument } from "@/components/site/document";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata: Metadata = { ...siteMetadata, robots: { index: false } };

/**
 * The simulator's hosted pages stand in for an external provider's, so they deliberately do not
 * wear the dashboard's chrome: a plain page with a "test mode" ribbon. A root layout (see lib/site-metadata.ts).
 */
export default async function SimulatorLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("billing.simulatorPages");
  return (
    <RequestDocument>
      <div className="flex min-h-dvh flex-col bg-muted">
        <header className="border-b border-border bg-card">
          <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6">
            <p className="font-semibold tracking-tight">{t("brand")}</p>
            <span className="rounded-full border border-amber-600/30 bg-amber-500/10 px-2 py-0.5 text-xs font-medium text-amber-700 dark:text-amber-400">
              {t("testMode")}
            </span>
          </div>
        </header>
        <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">{children}</main>
      </div>
    </RequestDocument>
  );
}
