import type { Metadata } from "next";
import Link from "next/link";
import { overviewFigures, quickLinks } from "@/lib/app";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MyInvitations } from "@/components/tenants/my-invitations";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "./_lib/load-dashboard";

export const metadata: Metadata = { title: "Overview" };
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard");
  const firstName = user.name.split(" ")[0] || user.name;

  if (!activeTenant) {
    return (
      <div className="space-y-6">
        <PageHeader title={`Welcome, ${firstName}`} />
        <MyInvitations />
        <NoTenant />
      </div>
    );
  }

  const role = activeTenant.role;
  const links = quickLinks(role);
  const figures = await overviewFigures();
  const slotProps = { tenantId: activeTenant.id, tenantName: activeTenant.name, role };

  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome, ${firstName}`} description="Here is what is happening in your tenant." />
      <MyInvitations />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Card>
          <dt className="text-sm text-muted-foreground">Tenant</dt>
          <dd className="mt-1 truncate text-lg font-semibold">{activeTenant.name}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-muted-foreground">Your role</dt>
          <dd className="mt-2">
            <Badge>{role}</Badge>
          </dd>
        </Card>
        {figures.map(({ label, Value }) => (
          <Card key={label}>
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="mt-1 text-lg font-semibold">
              <Value {...slotProps} />
            </dd>
          </Card>
        ))}
      </dl>
      <section aria-labelledby="quick-links">
        <h2 id="quick-links" className="mb-3 text-base font-semibold">
          Quick links
        </h2>
        <div className="flex flex-wrap gap-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={buttonClass("secondary", "md")}>
              {link.label}
            </Link>
          ))}
        </div>
      </section>
    </div>
  );
}
