import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AdminPageProps } from "@/lib/manifest/define";
import { adminListQuery, listAllRequests, requestStatuses } from "@/lib/privacy/admin";
import { RequestStatusBadge } from "../request-status";
import { RequestActions } from "./request-actions";

const deletions = new Set(["deletion", "tenant_deletion"]);

/**
 * `/admin/privacy`: every data request, newest first, filtered by status (a plain GET form, so the
 * filter lives in the URL); scheduled deletions can be put on legal hold, held ones released.
 */
export async function PrivacyRequestsAdminPage({ searchParams }: AdminPageProps) {
  const parsed = adminListQuery.safeParse({ status: searchParams.status || undefined, cursor: searchParams.cursor });
  const query = parsed.success ? parsed.data : adminListQuery.parse({});
  const [{ data, nextCursor }, t, privacy, format] = await Promise.all([
    listAllRequests(query),
    getTranslations("privacy.admin"),
    getTranslations("privacy"),
    getFormatter(),
  ]);
  const next = nextCursor ? `?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), cursor: nextCursor })}` : null;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filter")}>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="privacy-status" className="text-sm font-medium">
            {t("status")}
          </label>
          <Select id="privacy-status" name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: t("allStatuses") }, ...requestStatuses.map((s) => ({ value: s, label: privacy(`status.${s}`) }))]} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
      </form>
      {data.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <Table stack label={t("title")}>
          <THead>
            <Tr>
              <Th>{t("request")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("subject")}</Th>
              <Th>{t("created")}</Th>
              <Th>{t("scheduledFor")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {data.map((request) => (
              <Tr key={request.id} data-testid="privacy-request">
                <Td>
                  <span className="font-medium">{privacy(`types.${request.type}`)}</span>
                  <div className="font-mono text-xs text-muted-foreground">{request.id}</div>
                </Td>
                <Td>
                  <RequestStatusBadge status={request.status} />
                  {request.holdReason ? <div className="mt-1 max-w-64 text-xs text-muted-foreground">{t("heldFor", { reason: request.holdReason })}</div> : null}
                </Td>
                <Td className="text-xs">
                  {/* Once purged the user id is a pseudonym: nothing to link to. */}
                  {request.status === "purged" ? (
                    <span className="font-mono">{request.userId}</span>
                  ) : (
                    <Link href={`/admin/users/${request.userId}`} className="font-mono underline-offset-2 hover:underline">
                      {request.userId}
                    </Link>
                  )}
                  {request.tenantId ? (
                    <div>
                      <Link href={`/admin/tenants/${request.tenantId}`} className="font-mono underline-offset-2 hover:underline">
                        {request.tenantId}
                      </Link>
                    </div>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap">{format.dateTime(request.createdAt, "dateTime")}</Td>
                <Td className="whitespace-nowrap">{request.scheduledFor ? format.dateTime(request.scheduledFor, "date") : "—"}</Td>
                <Td>{deletions.has(request.type) && (request.status === "scheduled" || request.status === "held") ? <RequestActions requestId={request.id} status={request.status} /> : null}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {next ? (
        <Link href={next} className="inline-block text-sm underline">
          {t("nextPage")}
        </Link>
      ) : null}
    </div>
  );
}
