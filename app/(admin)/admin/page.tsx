import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { listJobsForAdmin, listTenantsForAdmin, platformOverview } from "@/lib/admin";
import { retryJobAction } from "./actions";

export default async function AdminPage() {
  const [overview, tenants, jobs] = await Promise.all([platformOverview(), listTenantsForAdmin(), listJobsForAdmin()]);
  return (
    <div className="space-y-8">
      <PageHeader title="Overview" description="Every tenant and every background job on this deployment." />
      <dl className="grid gap-4 sm:grid-cols-4">
        {[
          ["Users", overview.users],
          ["Tenants", overview.tenants],
          ["Jobs pending", overview.jobs.pending ?? 0],
          ["Jobs dead", overview.jobs.dead ?? 0],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      <Card>
        <CardHeader title="Tenants" description="Newest first." />
        <Table>
          <THead>
            <Tr><Th>Name</Th><Th>Plan</Th><Th>Billing</Th><Th>Members</Th><Th>Created</Th></Tr>
          </THead>
          <TBody>
            {tenants.map((t) => (
              <Tr key={t.id}>
                <Td>{t.name}</Td>
                <Td>{t.plan}</Td>
                <Td><Badge>{t.planState.replace("_", " ")}</Badge></Td>
                <Td>{t.members}</Td>
                <Td>{t.createdAt.toISOString().slice(0, 10)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>

      <Card>
        <CardHeader title="Jobs" description="Dead jobs first; retry puts one back in the queue with a fresh budget of attempts." />
        <Table>
          <THead>
            <Tr><Th>Job</Th><Th>Status</Th><Th>Attempts</Th><Th>Last error</Th><Th><span className="sr-only">Actions</span></Th></Tr>
          </THead>
          <TBody>
            {jobs.map((job) => (
              <Tr key={job.id}>
                <Td><code className="text-xs">{job.name}</code></Td>
                <Td><Badge>{job.status}</Badge></Td>
                <Td>{job.attempts}/{job.maxAttempts}</Td>
                <Td className="max-w-md truncate text-xs text-muted-foreground" title={job.lastError ?? undefined}>{job.lastError ?? "—"}</Td>
                <Td>
                  {job.status === "dead" ? (
                    <form action={retryJobAction}>
                      <input type="hidden" name="jobId" value={job.id} />
                      <Button type="submit" size="sm" variant="secondary">Retry</Button>
                    </form>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
