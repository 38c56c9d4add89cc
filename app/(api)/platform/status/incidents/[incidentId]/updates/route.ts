import { route } from "@/lib/app";
import { incidentUpdateInput, postIncidentUpdate } from "@/lib/status/incidents";
import { incidentResponse } from "@/lib/status/responses";

/** Adds an update; status `resolved` resolves the incident (409 `incident_resolved` after that). */
export const POST = route({ auth: "platformAdmin", body: incidentUpdateInput, response: incidentResponse, status: 201 }, ({ user, params, body }) =>
  postIncidentUpdate(user, params.incidentId ?? "", body),
);
