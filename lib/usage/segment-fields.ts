import { sql } from "drizzle-orm";
import { usageEvents } from "@/db/schema/usage";
import type { SegmentField } from "@/lib/manifest/define";

/** What segments can filter tenants on from metering (lib/segments). */
export const usageSegmentFields: readonly SegmentField[] = [
  {
    id: "tenant.meterUsage",
    subject: "tenant",
    type: "number",
    param: "meter",
    description: "The tenant's live usage of a meter in this quota period (the calendar month, UTC); test-mode events do not count.",
    // Raw events over the month through (tenant, meter, timestamp)'s index: exact, where the
    // aggregates lag by up to an hour.
    value: (id, meter) => sql`coalesce((
      select sum(${usageEvents.quantity}) from ${usageEvents}
      where ${usageEvents.tenantId} = ${id} and ${usageEvents.meter} = ${meter}
        and ${usageEvents.timestamp} >= date_trunc('month', now() at time zone 'utc') at time zone 'utc'
        and coalesce(${usageEvents.properties}->>'environment', 'live') <> 'test'), 0)`,
  },
];
