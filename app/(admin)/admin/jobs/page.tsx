import { getFormatter, getTranslations } from "next-intl/server";
import { ReasonAction } from "@/components/admin/reason-action";
import { NextPage } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
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
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <div>
      <PageHeader title={t("jobs.title")} description={t("jobs.description")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">{t("jobs.status")}
          <select name="status" defaultValue={status ?? ""} className="h-9 rounded-md border border-border bg-background px-2">
            <option value="">{t("jobs.any")}</option>
            {jobStatuses.map((s) => <option key={s} value={s}>{t(`jobStatus.${s}`)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">{t("jobs.job")}
          <select name="name" defaultValue={params.name ?? ""} className="h-9 rounded-md border border-border bg-background px-2">
            <option value="">{t("jobs.any")}</option>
            {names.map((n) => <option key={n}>{n}</option>)}
          </select>
        </label>
        <button type="submit" className="h-9 rounded-md border border-border bg-card px-3 hover:bg-muted">{t("jobs.filter")}</button>
      </form>
      <Table stack>
        <THead><Tr><Th>{t("jobs.job")}</Th><Th>{t("jobs.status")}</Th><Th>{t("jobs.attempts")}</Th><Th>{t("jobs.payloadAndError")}</Th><Th><span className="sr-only">{t("jobs.actions")}</span></Th></Tr></THead>
        <TBody>
          {data.map((job) => (
            <Tr key={job.id}>
              <Td><code className="text-xs">{job.name}</code><div className="text-xs text-muted-foreground">{format.dateTime(job.createdAt, "dateTime")}</div></Td>
              <Td><Badge>{t(`jobStatus.${job.status}`)}</Badge></Td>
              <Td>{t("jobs.attemptsOf", { attempts: job.attempts, max: job.maxAttempts })}</Td>
              <Td className="max-w-md text-xs">
                <details><summary className="cursor-pointer">{t("jobs.payload")}</summary><pre className="whitespace-pre-wrap break-all">{JSON.stringify(job.payload, null, 2)}</pre></details>
                {job.lastError ? <p className="mt-1 break-all text-danger">{job.lastError}</p> : null}
              </Td>
              <Td className="space-y-1">
                {job.status === "dead" ? <RetryJobButton jobId={job.id} /> : null}
                {job.status === "dead" || job.status === "pending" ? <ReasonAction label={t("jobs.cancel")} path={`/platform/jobs/${job.id}/cancel`} variant="danger" /> : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <NextPage nextCursor={nextCursor} params={{ status, name: params.name }} />
    </div>
  );
}
