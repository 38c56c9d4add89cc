import { route } from "@/lib/app";
import { statusJsonResponse } from "@/lib/status/responses";
import { currentStatus } from "@/lib/status/store";

/**
 * The status page as data, for uptime monitors and other sites: each component's state and the
 * open incidents. Cached for 30 s by browsers and CDNs, which is also how often it changes at most.
 */
export const GET = route({ auth: "public", response: statusJsonResponse }, async () => {
  const now = await currentStatus();
  const body = {
    status: now.status,
    components: now.components,
    incidents: now.openIncidents.map((i) => ({ id: i.id, title: i.title, impact: i.impact, status: i.status, components: i.components, createdAt: i.createdAt.toISOString() })),
    updatedAt: now.updatedAt,
  };
  return Response.json(body, { headers: { "cache-control": "public, max-age=30" } });
});
