import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { overviewCards, overviewFigures, quickLinks } from "@/lib/app";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MyInvitations } from "@/components/tenants/my-invitations";
import { NoTenant } from "@/components/tenants/no-tenant";
import { loadDashboard } from "./_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("portal.overview");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { user, activeTenant } = await loadDashboard("/dashboard");
  const firstName = user.name.split(" ")[0] || user.name;
  const overview = await getTranslations("portal.overview");

  if (!activeTenant) {
    return (
      <div className="space-y-6">
        <PageHeader title={overview("welcome", { name: firstName })} />
        <MyInvitations />
        <NoTenant />
      </div>
    );
  }

  const role = activeTenant.role;
  const links = quickLinks(role);
  const [figures, cards, t] = await Promise.all([overviewFigures(), overviewCards(), getTranslations()]);
  const slotProps = { tenantId: activeTenant.id, tenantName: activeTenant.name, role };

  return (
    <div className="space-y-6">
      <PageHeader title={overview("welcome", { name: firstName })} description={overview("description")} />
      <MyInvitations />
      {cards.map((OverviewCard, i) => (
        <OverviewCard key={i} {...slotProps} userId={user.id} />
      ))}
      <dl className="grid gap-4 sm:grid-cols-3">
        <Card as="div">
          <dt className="text-sm text-muted-foreground">{overview("tenant")}</dt>
          <dd className="mt-1 truncate text-lg font-semibold">{activeTenant.name}</dd>
        </Card>
        <Card as="div">
          <dt className="text-sm text-muted-foreground">{overview("yourRole")}</dt>
          <dd className="mt-2">
            <Badge data-role={role}>{t(`tenants.roles.${role}`)}</Badge>
          </dd>
        </Card>
        {figures.map(({ label, Value }) => (
          <Card as="div" key={label}>
            <dt className="text-sm text-muted-foreground">{t(label)}</dt>
            <dd className="mt-1 text-lg font-semibold">
              <Value {...slotProps} />
            </dd>
          </Card>
        ))}
      </dl>
      <section aria-labelledby="quick-links">
        <h2 id="quick-links" className="mb-3 text-base font-semibold">
          {overview("quickLinks")}
        </h2>
        <div className="flex flex-wrap gap-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={buttonClass("secondary", "md")}>
              {t(link.label)}
            </Link>
          ))}
        </div>
      </section>
    </div>
  );
}
