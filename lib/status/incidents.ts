import { asc, desc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { statusIncidentUpdates, statusIncidents } from "@/db/schema/status";
import { recordAudit } from "@/lib/audit";
import type { UserContext } from "@/lib/tenants/context";
import { incidentStatuses, statusError, statusIds } from "./catalog";
import { componentChecks } from "./checks";

const componentNames = z
  .array(z.string())
  .min(1, "Name at least one component.")
  .max(10)
  .refine((names) => names.every((name) => componentChecks.some((c) => c.name === name)), { message: `Components are ${componentChecks.map((c) => c.name).join(", ")}.` });
const title = z.string().trim().min(1).max(200);
const body = z.string().trim().min(1).max(5_000);

export const openIncidentInput = z.object({
  title,
  impact: z.enum(["degraded", "outage"]),
  components: componentNames,
  /** The first update's text. */
  message: body,
  status: z.enum(["investigating", "identified", "monitoring"]).default("investigating"),
});

export const editIncidentInput = z.object({ title: title.optional(), impact: z.enum(["degraded", "outage"]).optional(), components: componentNames.optional() });

export const incidentUpdateInput = z.object({ status: z.enum(incidentStatuses), body });

export type Incident = typeof statusIncidents.$inferSelect & { updates: (typeof statusIncidentUpdates.$inferSelect)[] };

/** Opens an incident with its first update; audited. */
export async function openIncident(admin: UserContext, input: z.output<typeof openIncidentInput>): Promise<Incident> {
  const id = statusIds.newId("statusIncident");
  await db.transaction(async (tx) => {
    await tx.insert(statusIncidents).values({ id, title: input.title, impact: input.impact, status: input.status, components: input.components });
    await tx.insert(statusIncidentUpdates).values({ id: statusIds.newId("statusIncidentUpdate"), incidentId: id, status: input.status, body: input.message });
    await recordAudit(tx, { action: "status.incident_opened", actorId: admin.userId, targetType: "status_incident", targetId: id, data: { title: input.title, impact: input.impact } });
  });
  return getIncident(id);
}

/** Changes the title, impact or components (not the status: that is what updates are for). */
export async function editIncident(admin: UserContext, id: string, input: z.output<typeof editIncidentInput>): Promise<Incident> {
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ id: statusIncidents.id }).from(statusIncidents).where(eq(statusIncidents.id, id)).for("update");
    if (!found) throw notFound();
    await tx.update(statusIncidents).set(input).where(eq(statusIncidents.id, id));
    await recordAudit(tx, { action: "status.incident_edited", actorId: admin.userId, targetType: "status_incident", targetId: id, data: input });
  });
  return getIncident(id);
}

/** Posts an update; `resolved` closes the incident. A resolved incident takes none (409). */
export async function postIncidentUpdate(admin: UserContext, id: string, input: z.output<typeof incidentUpdateInput>): Promise<Incident> {
  await db.transaction(async (tx) => {
    const [found] = await tx.select().from(statusIncidents).where(eq(statusIncidents.id, id)).for("update");
    if (!found) throw notFound();
    if (found.resolvedAt) throw statusError("incident_resolved", "This incident is resolved; open a new one.");
    const now = new Date();
    await tx.insert(statusIncidentUpdates).values({ id: statusIds.newId("statusIncidentUpdate"), incidentId: id, status: input.status, body: input.body, createdAt: now });
    await tx
      .update(statusIncidents)
      .set({ status: input.status, ...(input.status === "resolved" ? { resolvedAt: now } : {}) })
      .where(eq(statusIncidents.id, id));
    await recordAudit(tx, { action: "status.incident_updated", actorId: admin.userId, targetType: "status_incident", targetId: id, data: { status: input.status } });
  });
  return getIncident(id);
}

export async function getIncident(id: string): Promise<Incident> {
  const [incident] = await db.select().from(statusIncidents).where(eq(statusIncidents.id, id));
  if (!incident) throw notFound();
  const updates = await db.select().from(statusIncidentUpdates).where(eq(statusIncidentUpdates.incidentId, id)).orderBy(asc(statusIncidentUpdates.createdAt));
  return { ...incident, updates };
}

/**
 * Open incidents and those resolved in the last `days` days, newest first, each with its updates
 * (newest first too, as a status page reads).
 */
export async function recentIncidents(days = 14, now = new Date()): Promise<Incident[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const incidents = await db.select().from(statusIncidents).where(or(isNull(statusIncidents.resolvedAt), gte(statusIncidents.resolvedAt, since))).orderBy(desc(statusIncidents.createdAt)).limit(100);
  if (incidents.length === 0) return [];
  const updates = await db.select().from(statusIncidentUpdates).where(inArray(statusIncidentUpdates.incidentId, incidents.map((i) => i.id))).orderBy(desc(statusIncidentUpdates.createdAt));
  return incidents.map((incident) => ({ ...incident, updates: updates.filter((u) => u.incidentId === incident.id) }));
}

function notFound() {
  return statusError("incident_not_found", "No incident has this id.");
}
