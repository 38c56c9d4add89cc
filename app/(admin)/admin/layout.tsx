import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { adminNav, adminPages, getCurrentUser } from "@/lib/app";

export const dynamic = "force-dynamic";

/**
 * The platform admin panel: visible to platform admins only; to anyone else it does not exist.
 * Its nav is the admin module's own entries and every page other modules contribute.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/admin");
  if (user.role !== "admin") notFound();
  // Platform-admin rights need a session that proved a second factor (magic links skip the challenge).
  if (!user.secondFactorAt) redirect("/step-up?next=/admin");
  const t = await getTranslations();
  const tl = await getTranslations("admin.layout");
  const links = [...adminNav, ...adminPages.map(({ href, title }) => ({ href, label: title }))];
  return (
    <div className="min-h-screen bg-background">
      <header className="border-b border-border bg-card">
        {/* Wraps on a phone: the address goes under the brand instead of pushing the page wide. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 sm:px-6">
          <Link href="/admin" className="font-semibold">
            {tl("brand")}
          </Link>
          <span className="min-w-0 truncate text-sm text-muted-foreground">{user.email}</span>
        </div>
        <nav aria-label={tl("navLabel")} className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 pb-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-muted hover:text-foreground">
              {t(link.label)}
            </Link>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
