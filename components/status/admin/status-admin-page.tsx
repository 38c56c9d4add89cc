import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { componentChecks } from "@/lib/status/checks";
import { recentIncidents } from "@/lib/status/incidents";
import { currentStatus, latestChecks } from "@/lib/status/store";
import { stateStyles } from "../state-styles";
import { IncidentUpdateForm, OpenIncidentForm } from "./incident-forms";

/** `/admin/status`: the components' latest checks with their reasons, and the incidents to open and update. */
export async function StatusAdminPage() {
  const [now, incidents, t, ts, format] = await Promise.all([currentStatus(), recentIncidents(), getTranslations("status.adminPage"), getTranslations("status.page"), getFormatter()]);
  const latest = await latestChecks();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} action={<Link className={buttonClass("secondary", "sm")} href="/status">{t("viewPage")}</Link>} />
      <Card>
        <CardHeader title={t("current")} description={ts(`overall.${now.status}`)} />
        <Table label={t("latest")}>
          <THead>
            <Tr>
              <Th>{ts("components")}</Th>
              <Th>{t("fields.status")}</Th>
              <Th>{t("latest")}</Th>
            </Tr>
          </THead>
          <TBody>
            {now.components.map((component) => {
              const check = latest.find((c) => c.component === component.name);
              return (
                <Tr key={component.name}>
                  <Td>{component.name}</Td>
                  <Td className={stateStyles[component.status].text}>{ts(`state.${component.status}`)}</Td>
                  <Td className="text-xs text-muted-foreground">{check ? `${when(check.checkedAt)} · ${check.latencyMs} ms${check.detail ? ` · ${check.detail}` : ""}` : "—"}</Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </Card>
      <Card>
        <CardHeader title={t("open")} />
        <OpenIncidentForm components={componentChecks.map((c) => c.name).filter((name) => now.components.some((c) => c.name === name))} />
      </Card>
      <Card>
        <CardHeader title={t("incidents")} />
        {incidents.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
        <ol className="space-y-6">
          {incidents.map((incident) => (
            <li key={incident.id} className="rounded-md border border-border p-4" data-testid="admin-incident">
              <p className="font-medium">{incident.title}</p>
              <p className="text-xs text-muted-foreground">
                {t(`impact.${incident.impact}`)} · {ts("affects", { components: incident.components.join(", ") })} · {ts(`incidentStatus.${incident.status}`)}
                {incident.resolvedAt ? ` · ${t("resolvedAt", { time: when(incident.resolvedAt) })}` : ""}
              </p>
              <ol className="mt-2 space-y-1 text-sm">
                {incident.updates.map((u) => (
                  <li key={u.id}>
                    <strong>{ts(`incidentStatus.${u.status}`)}</strong> ({when(u.createdAt)}): {u.body}
                  </li>
                ))}
              </ol>
              {incident.resolvedAt ? null : <IncidentUpdateForm incidentId={incident.id} status={incident.status} />}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
