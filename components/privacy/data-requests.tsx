"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { useApi } from "@/components/ui/use-api";
import { RequestStatusBadge } from "./request-status";
import { isBuilding, type PrivacyRequest } from "./types";
import { usePrivacyError } from "./use-privacy-error";

/** How often the list is read again while an export is being built. */
const pollMs = 2_000;

type RequestPage = { data: PrivacyRequest[]; nextCursor: string | null };

/**
 * "Export my data" (and, for the owner of the active team, "Export the team") and the caller's
 * data requests (`/privacy/requests`, which lists the team exports they asked for too): a progress
 * bar while an export is built (the list is read again every 2 s until none is), then its link.
 */
export function DataRequests({ ownedTenant }: { ownedTenant: { id: string; name: string } | null }) {
  const t = useTranslations("privacy.page.data");
  const describeError = usePrivacyError();
  const list = useApi<RequestPage>("/privacy/requests");
  // The request just made, shown at once as pending until the list has it.
  const [created, setCreated] = useState<PrivacyRequest | null>(null);
  const [pending, setPending] = useState<PrivacyRequest["type"] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loaded = list.data?.data ?? [];
  const requests = created && !loaded.some((r) => r.id === created.id) ? [created, ...loaded] : loaded;
  const building = requests.some(isBuilding);

  const { loading, reload, data } = list;
  useEffect(() => {
    if (!building || loading) return;
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [building, loading, reload, data]);

  async function requestExport(type: "export" | "tenant_export") {
    setPending(type);
    setError(null);
    try {
      const made =
        type === "export"
          ? await api<{ id: string }>("/privacy/requests", { method: "POST", body: { type: "export" } })
          : await api<{ id: string }>(`/tenants/${ownedTenant!.id}/privacy-export`, { method: "POST" });
      setCreated({ id: made.id, type, status: "pending", progress: 0, createdAt: new Date().toISOString(), completedAt: null, scheduledFor: null });
      reload();
    } catch (caught) {
      setError(describeError(caught));
    }
    setPending(null);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void requestExport("export")} loading={pending === "export"} disabled={pending !== null}>
          {t("export")}
        </Button>
        {ownedTenant ? (
          <Button variant="secondary" onClick={() => void requestExport("tenant_export")} loading={pending === "tenant_export"} disabled={pending !== null}>
            {t("exportTenant", { name: ownedTenant.name })}
          </Button>
        ) : null}
        <p className="text-sm text-muted-foreground">{t("limit")}</p>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.loading && !list.data ? <p className="text-sm text-muted-foreground">{t("loading")}</p> : null}
      {list.data && requests.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
      {requests.length > 0 ? (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label={t("listLabel")} data-testid="privacy-requests">
          {requests.map((request) => (
            <RequestRow key={request.id} request={request} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function RequestRow({ request }: { request: PrivacyRequest }) {
  const t = useTranslations("privacy.page.data");
  const privacy = useTranslations("privacy");
  const format = useFormatter();
  const created = format.dateTime(new Date(request.createdAt), "dateTime");
  return (
    <li className="space-y-2 px-4 py-3" data-request-id={request.id}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 space-y-0.5">
          <p className="text-sm font-medium">
            {privacy(`types.${request.type}`)} <RequestStatusBadge status={request.status} />
          </p>
          <p className="text-xs text-muted-foreground">
            {t("requested", { date: created })}
            {request.completedAt ? ` · ${t("finished", { date: format.dateTime(new Date(request.completedAt), "dateTime") })}` : null}
            {request.scheduledFor && (request.status === "scheduled" || request.status === "held") ? ` · ${t("scheduledFor", { date: format.dateTime(new Date(request.scheduledFor), "date") })}` : null}
          </p>
        </div>
        {request.downloadUrl ? (
          <a href={request.downloadUrl} download className={buttonClass("secondary", "sm")} aria-label={t("downloadLabel", { date: created })}>
            {t("download")}
          </a>
        ) : null}
      </div>
      {isBuilding(request) ? (
        <div
          role="progressbar"
          aria-label={t("progressLabel", { date: created })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={request.progress}
          aria-valuetext={t("progressValue", { percent: request.progress })}
          className="h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${Math.max(2, request.progress)}%` }} />
        </div>
      ) : null}
    </li>
  );
}
