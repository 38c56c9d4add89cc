import Link from "next/link";
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
  const links = [...adminNav, ...adminPages.map(({ href, title }) => ({ href, label: title }))];
  return (
    <div className="min-h-screen bg-background">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-3">
          <Link href="/admin" className="font-semibold">
            Keel · Platform admin
          </Link>
          <span className="text-sm text-muted-foreground">{user.email}</span>
        </div>
        <nav aria-label="Admin" className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 pb-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-muted hover:text-foreground">
              {link.label}
            </Link>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
