import { z } from "zod";
import { timestamp } from "@/lib/http/response";
import { incidentStatuses } from "./catalog";

const componentStatus = z.enum(["operational", "degraded", "outage"]);

/** `GET /status.json`, the contract: `{status, components:[{name, status}]}` and a little more. */
export const statusJsonResponse = z.object({
  status: componentStatus,
  components: z.array(z.object({ name: z.string(), status: componentStatus })),
  incidents: z.array(z.object({ id: z.string(), title: z.string(), impact: z.enum(["degraded", "outage"]), status: z.enum(incidentStatuses), components: z.array(z.string()), createdAt: z.string() })),
  updatedAt: z.string(),
});

const update = z.object({ id: z.string(), status: z.enum(incidentStatuses), body: z.string(), createdAt: timestamp });

export const incidentResponse = z.object({
  id: z.string(),
  title: z.string(),
  impact: z.enum(["degraded", "outage"]),
  status: z.enum(incidentStatuses),
  components: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
  resolvedAt: timestamp.nullable(),
  updates: z.array(update),
});

export const incidentListResponse = z.object({ data: z.array(incidentResponse) });
