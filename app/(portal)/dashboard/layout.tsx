import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/account/user-menu";
import { EmailSuppressedBanner } from "@/components/email/suppressed-banner";
import { TenantSwitcher } from "@/components/tenants/tenant-switcher";
import { accountProviders, accountSlots, portalNavFor, portalSlot } from "@/lib/app";
import { MobileNav } from "./_components/mobile-nav";
import { SideNav } from "./_components/side-nav";
import { loadDashboard } from "./_lib/load-dashboard";

export const dynamic = "force-dynamic";

/**
 * The portal's frame: the modules' nav, header slots (billing's badge; the notifications bell, which
 * shows with or without a tenant) and banners (dunning), and the account's notice when mail to the
 * user's address is stopped (a bounce or a complaint).
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { user, tenants, activeTenant, emailSuppressed, impersonation } = await loadDashboard();
  const [headerSlots, bannerSlots, accountHeader, accountBanners, providers] = await Promise.all([portalSlot("header"), portalSlot("banner"), accountSlots("accountHeader"), accountSlots("accountBanner"), accountProviders()]);
  const nav = portalNavFor(activeTenant?.role ?? null);
  const slotProps = activeTenant ? { tenantId: activeTenant.id, tenantName: activeTenant.name, role: activeTenant.role } : null;
  const account = { userId: user.id, impersonation, activeTenantId: activeTenant?.id ?? null };
  const page = (
    <>
    {accountBanners.map((Slot, i) => (
      <Slot key={i} userId={user.id} impersonation={impersonation} activeTenantId={activeTenant?.id ?? null} />
    ))}
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <aside className="hidden border-r border-border bg-muted/40 p-4 md:block">
        <Link href="/dashboard" className="mb-6 block px-3 text-lg font-semibold tracking-tight">
          Keel
        </Link>
        <SideNav items={nav} />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="portal-header sticky top-0 z-10 flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-border bg-background/95 px-4 py-3 backdrop-blur sm:px-6">
          <MobileNav items={nav} />
          {/* Below md the tenant and its badges take a second row; from md up the wrapper vanishes. */}
          <div className="order-last flex w-full min-w-0 items-center gap-3 md:order-none md:contents">
            <TenantSwitcher tenants={tenants} activeTenantId={activeTenant?.id ?? null} />
            {slotProps ? headerSlots.map((Slot, i) => <Slot key={i} {...slotProps} />) : null}
          </div>
          <div className="ml-auto flex items-center gap-2 whitespace-nowrap">
            {accountHeader.map((Slot, i) => (
              <Slot key={i} userId={user.id} impersonation={impersonation} activeTenantId={activeTenant?.id ?? null} />
            ))}
            <UserMenu name={user.name} email={user.email} />
          </div>
        </header>
        <main className="flex-1 px-4 py-6 sm:px-6 lg:px-8">
          <div className="mx-auto w-full max-w-5xl">
            <EmailSuppressedBanner email={user.email} notice={emailSuppressed} />
            {slotProps ? bannerSlots.map((Slot, i) => <Slot key={i} {...slotProps} />) : null}
            {children}
          </div>
        </main>
      </div>
    </div>
    </>
  );
  // Modules' providers (the flags' values for useFlag) wrap everything, the first outermost.
  return providers.reduceRight<ReactNode>((inner, Provider) => <Provider {...account}>{inner}</Provider>, page);
}
