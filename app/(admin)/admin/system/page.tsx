import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { systemStatus } from "@/lib/admin/operations";
import { providerStatus, requirePlatformAdmin } from "@/lib/app";


export default async function AdminSystemPage() {
  await requirePlatformAdmin();
  const status = await systemStatus();
  const providers = providerStatus();
  const [t, format] = await Promise.all([getTranslations("admin.system"), getFormatter()]);
  const { lagMs } = status.jobs;
  const newest = status.migrations.newestAt;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="grid gap-4 sm:grid-cols-4">
        {[
          [t("databaseLatency"), t("latency", { ms: status.database.latencyMs, driver: status.database.driver })],
          [t("jobLag"), lagMs < 1000 ? t("milliseconds", { ms: lagMs }) : t("seconds", { seconds: Math.round(lagMs / 100) / 10 })],
          [t("queueDepth"), format.number(status.jobs.queueDepth)],
          [t("migrationsApplied"), newest ? t("migrationsNewest", { count: status.migrations.applied, newest: format.dateTime(newest, "dateTime") }) : format.number(status.migrations.applied)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardHeader title={t("providers")} description={t("providersDescription")} />
        <ul className="space-y-2 text-sm">
          {providers.map((p) => (
            <li key={p.kind} className="flex items-center gap-2">
              <span className="w-40 text-muted-foreground">{p.kind}</span>
              <code>{p.name}</code>
              <Badge>{p.local ? t("local") : t("configured")}</Badge>
            </li>
          ))}
        </ul>
      </Card>
      <p className="text-sm text-muted-foreground">{t("versions", status.version)}</p>
    </div>
  );
}
