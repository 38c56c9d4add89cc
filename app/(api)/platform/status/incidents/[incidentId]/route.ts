import { route } from "@/lib/app";
import { editIncident, editIncidentInput, getIncident } from "@/lib/status/incidents";
import { incidentResponse } from "@/lib/status/responses";

/** One incident with its updates, oldest first. */
export const GET = route({ auth: "platformAdmin", response: incidentResponse }, ({ params }) => getIncident(params.incidentId ?? ""));

/** Corrects the title, impact or components; the status changes by posting an update. */
export const PATCH = route({ auth: "platformAdmin", body: editIncidentInput, response: incidentResponse }, ({ user, params, body }) => editIncident(user, params.incidentId ?? "", body));
