import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { systemStatus } from "@/lib/admin/operations";
import { providerStatus, requirePlatformAdmin } from "@/lib/app";

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export default async function AdminSystemPage() {
  await requirePlatformAdmin();
  const status = await systemStatus();
  const providers = providerStatus();
  return (
    <div className="space-y-6">
      <PageHeader title="System" description="Measured when this page loaded." />
      <dl className="grid gap-4 sm:grid-cols-4">
        {[
          ["Database latency", `${status.database.latencyMs} ms (${status.database.driver})`],
          ["Job lag", seconds(status.jobs.lagMs)],
          ["Queue depth", String(status.jobs.queueDepth)],
          ["Migrations applied", `${status.migrations.applied}${status.migrations.newestAt ? `, newest ${formatDateTime(status.migrations.newestAt)}` : ""}`],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardHeader title="Providers" description="Local means the embedded stand-in: fine for development, not for customers." />
        <ul className="space-y-2 text-sm">
          {providers.map((p) => (
            <li key={p.kind} className="flex items-center gap-2">
              <span className="w-40 text-muted-foreground">{p.kind}</span>
              <code>{p.name}</code>
              <Badge>{p.local ? "local" : "configured"}</Badge>
            </li>
          ))}
        </ul>
      </Card>
      <p className="text-sm text-muted-foreground">Keel {status.version.app} · Next {status.version.next} · Node {status.version.node}</p>
    </div>
  );
}
