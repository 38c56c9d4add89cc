import { z } from "zod";
import type { Executor } from "@/db/client";
import { usageAlertNotices } from "@/db/schema/usage";
import { emit, notify } from "@/lib/jobs";
import { quotaAlertNotification } from "./notifications";
import { alertThresholds, type QuotaMode } from "./meters";

/**
 * The events announcing a crossed threshold: a warning below 100%, `reached` at 100% and above.
 * The `usage.alert-email` job mails owners and admins on either.
 */
export const quotaAlertEvents = { warning: "usage.quota_warning", reached: "usage.quota_reached" } as const;
export const quotaAlertEventTypes: readonly string[] = Object.values(quotaAlertEvents);

/** The data of both events: what the alert email and outgoing webhooks read. */
export const quotaAlertData = z.object({
  tenantId: z.string(),
  meter: z.string(),
  /** The percentage of the quota crossed. */
  threshold: z.number().int(),
  used: z.number().int(),
  limit: z.number().int(),
  /** `hard`: calls past the quota are refused; `soft`: allowed and flagged; `overage`: billed. */
  mode: z.enum(["hard", "soft", "overage"]),
  resetsAt: z.iso.datetime({ offset: true }),
});

export type QuotaAlert = {
  tenantId: string;
  meter: string;
  periodStart: Date;
  periodEnd: Date;
  limit: number;
  mode: QuotaMode;
};

/** The alert thresholds (percent of `limit`) a counter passed moving from `before` to `after`. */
export function crossedThresholds(limit: number, before: number, after: number): number[] {
  if (limit <= 0) return [];
  return alertThresholds.filter((threshold) => {
    const mark = Math.ceil((limit * threshold) / 100);
    return before < mark && after >= mark;
  });
}

/**
 * Called after a counter moved from `before` to `after`: each threshold crossed gets a notice row
 * (UNIQUE per tenant, meter, period and threshold, so it fires once per period however many
 * writers cross it at once) and a `usage.quota_warning` or `usage.quota_reached` event in the same
 * transaction.
 */
export async function alertOnThresholds(tx: Executor, alert: QuotaAlert, before: number, after: number): Promise<number[]> {
  const fired: number[] = [];
  for (const threshold of crossedThresholds(alert.limit, before, after)) {
    const [notice] = await tx
      .insert(usageAlertNotices)
      .values({ tenantId: alert.tenantId, meter: alert.meter, periodStart: alert.periodStart, threshold, used: after, limit: alert.limit })
      .onConflictDoNothing()
      .returning({ threshold: usageAlertNotices.threshold });
    if (!notice) continue;
    await emit(tx, threshold >= 100 ? quotaAlertEvents.reached : quotaAlertEvents.warning, {
      tenantId: alert.tenantId,
      meter: alert.meter,
      threshold,
      used: after,
      limit: alert.limit,
      mode: alert.mode,
      resetsAt: alert.periodEnd.toISOString(),
    });
    await notify(tx, quotaAlertNotification, { tenantId: alert.tenantId, tenantRoles: ["owner", "admin"], data: { meter: alert.meter, threshold, used: after, limit: alert.limit } });
    fired.push(threshold);
  }
  return fired;
}
