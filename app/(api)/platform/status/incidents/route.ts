import { route } from "@/lib/app";
import { openIncident, openIncidentInput, recentIncidents } from "@/lib/status/incidents";
import { incidentListResponse, incidentResponse } from "@/lib/status/responses";

/** Open incidents and those resolved in the last 14 days, newest first. */
export const GET = route({ auth: "platformAdmin", response: incidentListResponse }, async () => ({ data: await recentIncidents() }));

/** Opens an incident: it shows on /status at once and makes the components it names at least as bad as its impact. */
export const POST = route({ auth: "platformAdmin", body: openIncidentInput, response: incidentResponse, status: 201 }, ({ user, body }) => openIncident(user, body));
