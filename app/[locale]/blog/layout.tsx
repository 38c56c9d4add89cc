import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { BlogShell } from "@/components/blog/blog-shell";
import { ContentProvider } from "@/components/site/content-provider";

/** The blog: prerendered like the rest of the public site, with Fumadocs' theme and code blocks but no search. */
export default async function BlogLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <ContentProvider locale={locale} search={false}>
      <BlogShell>{children}</BlogShell>
    </ContentProvider>
  );
}
