import { sql } from "drizzle-orm";
import { usageCounters, usageEvents } from "@/db/schema/usage";
import type { SegmentField } from "@/lib/manifest/define";

/** What segments can filter tenants on from metering (lib/segments). */
export const usageSegmentFields: readonly SegmentField[] = [
  {
    id: "tenant.meterUsage",
    subject: "tenant",
    type: "number",
    param: "meter",
    description: "The tenant's live usage of a meter in its current quota period (its billing cycle, else the calendar month in UTC); test-mode events do not count.",
    // Raw events since the period began, through (tenant, meter, timestamp)'s index: exact, where
    // the aggregates lag by up to an hour. The period's start is the tenant's open quota counter's
    // (one exists once anything limited was counted this period), else the calendar month's.
    value: (id, meter) => sql`coalesce((
      select sum(${usageEvents.quantity}) from ${usageEvents}
      where ${usageEvents.tenantId} = ${id} and ${usageEvents.meter} = ${meter}
        and ${usageEvents.timestamp} >= coalesce(
          (select max(${usageCounters.periodStart}) from ${usageCounters} where ${usageCounters.tenantId} = ${id} and ${usageCounters.periodStart} <= now() and ${usageCounters.periodEnd} > now()),
          date_trunc('month', now() at time zone 'utc') at time zone 'utc')
        and coalesce(${usageEvents.properties}->>'environment', 'live') <> 'test'), 0)`,
  },
];
