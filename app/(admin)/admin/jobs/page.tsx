import { ReasonAction } from "@/components/admin/reason-action";
import { NextPage } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { jobNames, jobStatuses, listJobs } from "@/lib/admin/operations";
import { requirePlatformAdmin } from "@/lib/app";
import { RetryJobButton } from "@/components/admin/retry-job-button";

type Props = { searchParams: Promise<{ status?: string; name?: string; cursor?: string }> };

export default async function AdminJobsPage({ searchParams }: Props) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const status = jobStatuses.find((s) => s === params.status);
  const [{ data, nextCursor }, names] = await Promise.all([listJobs({ status, name: params.name || undefined, cursor: params.cursor, limit: 50 }), jobNames()]);
  return (
    <div>
      <PageHeader title="Jobs" description="Background work, newest first. Retry gives a dead job a fresh budget of attempts; cancel stops a pending or dead one." />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">Status
          <select name="status" defaultValue={status ?? ""} className="h-9 rounded-md border border-border bg-background px-2">
            <option value="">any</option>
            {jobStatuses.map((s) => <option key={s}>{s}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">Job
          <select name="name" defaultValue={params.name ?? ""} className="h-9 rounded-md border border-border bg-background px-2">
            <option value="">any</option>
            {names.map((n) => <option key={n}>{n}</option>)}
          </select>
        </label>
        <button type="submit" className="h-9 rounded-md border border-border bg-card px-3 hover:bg-muted">Filter</button>
      </form>
      <Table>
        <THead><Tr><Th>Job</Th><Th>Status</Th><Th>Attempts</Th><Th>Payload and error</Th><Th><span className="sr-only">Actions</span></Th></Tr></THead>
        <TBody>
          {data.map((job) => (
            <Tr key={job.id}>
              <Td><code className="text-xs">{job.name}</code><div className="text-xs text-muted-foreground">{formatDateTime(job.createdAt)}</div></Td>
              <Td><Badge>{job.status}</Badge></Td>
              <Td>{job.attempts}/{job.maxAttempts}</Td>
              <Td className="max-w-md text-xs">
                <details><summary className="cursor-pointer">payload</summary><pre className="whitespace-pre-wrap break-all">{JSON.stringify(job.payload, null, 2)}</pre></details>
                {job.lastError ? <p className="mt-1 break-all text-danger">{job.lastError}</p> : null}
              </Td>
              <Td className="space-y-1">
                {job.status === "dead" ? <RetryJobButton jobId={job.id} /> : null}
                {job.status === "dead" || job.status === "pending" ? <ReasonAction label="Cancel" path={`/platform/jobs/${job.id}/cancel`} variant="danger" /> : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <NextPage nextCursor={nextCursor} params={{ status, name: params.name }} />
    </div>
  );
}
