import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { statusDaily, statusIncidentUpdates, statusIncidents } from "@/db/schema/status";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { componentChecks } from "@/lib/status/checks";

const day = (back: number, now: Date) => new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
const at = (back: number, hour: number, now: Date) => new Date(Date.parse(`${day(back, now)}T00:00:00Z`) + hour * 3_600_000);

/**
 * 89 days of history before today (288 checks a day per component), with a degraded day for
 * email, a slow day for jobs and an hour-long API outage 12 days ago, that outage's incident
 * with its updates, and a degraded email incident resolved 40 days ago. Today fills from the real
 * checks.
 */
async function seedHistory(now = new Date()) {
  const [existing] = await db.select({ n: count() }).from(statusDaily);
  if ((existing?.n ?? 0) > 0) return;
  const bad: Record<string, Record<number, { degraded?: number; outage?: number }>> = {
    API: { 12: { outage: 12 } },
    Email: { 40: { degraded: 30 }, 41: { degraded: 6 } },
    "Background jobs": { 63: { degraded: 9 } },
  };
  const rows = componentChecks.flatMap(({ name }) =>
    Array.from({ length: 89 }, (_, i) => {
      const back = 89 - i;
      const { degraded = 0, outage = 0 } = bad[name]?.[back] ?? {};
      return { component: name, day: day(back, now), operational: 288 - degraded - outage, degraded, outage };
    }),
  );
  await db.insert(statusDaily).values(rows);
  const incidents = [
    {
      id: "inc_seed_api_outage",
      title: "API errors and failed sign-ins",
      impact: "outage" as const,
      components: ["API", "Dashboard"],
      updates: [
        ["investigating", "We are seeing errors on most API requests and sign-ins. We are looking into it.", 9.1],
        ["identified", "A database failover left the connection pool pointing at the old primary. We are restarting the app servers.", 9.6],
        ["monitoring", "Requests succeed again. We are watching error rates.", 10.1],
        ["resolved", "Resolved: 58 minutes of errors. We now recycle connections on failover.", 11],
      ] as const,
      back: 12,
    },
    {
      id: "inc_seed_email_delay",
      title: "Delayed emails",
      impact: "degraded" as const,
      components: ["Email"],
      updates: [
        ["investigating", "Sign-in links and invitations are arriving late.", 14],
        ["resolved", "Our email provider has cleared its backlog; every queued email was delivered.", 20],
      ] as const,
      back: 40,
    },
  ];
  for (const incident of incidents) {
    const last = incident.updates.at(-1)!;
    await db.insert(statusIncidents).values({ id: incident.id, title: incident.title, impact: incident.impact, status: "resolved", components: incident.components, createdAt: at(incident.back, incident.updates[0]![2], now), resolvedAt: at(incident.back, last[2], now) });
    await db.insert(statusIncidentUpdates).values(incident.updates.map(([status, body, hour], i) => ({ id: `${incident.id.replace("inc_", "incu_")}_${i}`, incidentId: incident.id, status, body, createdAt: at(incident.back, hour, now) })));
  }
}

/** The status module's demo history and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  seedDemo: () => seedHistory(),
  unscopedRoutes: {
    "/status.json": "the public status page as data: no tenant, no account",
    "/platform/status/incidents": "platform admins only (404 to everyone else): the deployment's incidents, no tenant's data",
    "/platform/status/incidents/[incidentId]": "platform admins only (404 to everyone else): an incident of the whole deployment",
    "/platform/status/incidents/[incidentId]/updates": "platform admins only (404 to everyone else): an incident of the whole deployment",
  },
  validBody: { title: "Fixture incident", impact: "degraded", components: ["API"], message: "Looking into it.", status: "investigating", body: "Update." },
};
