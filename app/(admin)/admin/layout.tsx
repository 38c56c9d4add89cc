import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/app";

export const dynamic = "force-dynamic";

/** The platform admin panel: visible to platform admins only; to anyone else it does not exist. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/admin");
  if (user.role !== "admin") notFound();
  // Platform-admin rights need a session that proved a second factor (magic links skip the challenge).
  if (!user.secondFactorAt) redirect("/step-up?next=/admin");
  return (
    <div className="min-h-screen bg-background">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-3">
          <Link href="/admin" className="font-semibold">
            Keel · Platform admin
          </Link>
          <span className="text-sm text-muted-foreground">{user.email}</span>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
