import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { platformOverview } from "@/lib/admin/operations";
import { adminOverviewFigures, requirePlatformAdmin } from "@/lib/app";

export default async function AdminOverviewPage() {
  await requirePlatformAdmin();
  const [overview, figures] = await Promise.all([platformOverview(), adminOverviewFigures()]);
  const [t, to, format] = await Promise.all([getTranslations(), getTranslations("admin.overview"), getFormatter()]);
  const cards: [string, number, string][] = [
    [to("users"), overview.users, "/admin/users"],
    [to("tenants"), overview.tenants, "/admin/tenants"],
    [to("jobsPending"), overview.jobsPending, "/admin/jobs?status=pending"],
    [to("jobsDead"), overview.jobsDead, "/admin/jobs?status=dead"],
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={to("title")} description={to("description")} />
      <dl className="grid gap-4 sm:grid-cols-4">
        {cards.map(([label, value, href]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold">
              <Link href={href} className="underline-offset-4 hover:underline">{format.number(value)}</Link>
            </dd>
          </div>
        ))}
        {figures.map(({ label, Value }) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{t(label)}</dt>
            <dd className="text-2xl font-semibold">
              <Value />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
