import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingCustomers, simulatorUsageReports } from "@/db/schema/billing";
import { jobs } from "@/db/schema/jobs";
import { drainJobs } from "@/lib/app";
import { emit } from "@/lib/jobs";
import { createTeam } from "@/seed/factories";

// Billing charges the overage fees announced as `usage.overage_recorded` (by the usage module,
// which billing does not import): here the event is emitted directly, as usage would.
function overageEvent(tenantId: string, reportEventId: string) {
  return { tenantId, meter: "api_requests", quantity: 1_500, amount: 100, currency: "usd", periodStart: "2026-10-01T00:00:00.000Z", periodEnd: "2026-11-01T00:00:00.000Z", reportEventId };
}

describe("billing reports overage", () => {
  it("reports an announced fee to the provider once, even when the announcement repeats", async () => {
    const { tenant } = await createTeam("overage-report", { plan: "starter", state: "active" });
    await db.insert(billingCustomers).values({ tenantId: tenant.id, provider: "simulator", customerId: `cus_${tenant.id}` });
    const reportEventId = `overage:${tenant.id}:api_requests:2026-10`;
    await db.transaction((tx) => emit(tx, "usage.overage_recorded", overageEvent(tenant.id, reportEventId)));
    await db.transaction((tx) => emit(tx, "usage.overage_recorded", overageEvent(tenant.id, reportEventId)));
    await drainJobs();
    const reports = await db.select().from(simulatorUsageReports).where(eq(simulatorUsageReports.eventId, reportEventId));
    expect(reports).toMatchObject([{ customerId: `cus_${tenant.id}`, meter: "api_requests", quantity: 1_500 }]);
    expect(reports[0]!.occurredAt.toISOString()).toBe("2026-10-31T23:59:59.999Z");
  });

  it("fails the job (to retry, then the dead letter) when the tenant has no billing customer", async () => {
    const { tenant } = await createTeam("overage-no-customer", { plan: "starter", state: "active" });
    const eventId = await db.transaction((tx) => emit(tx, "usage.overage_recorded", overageEvent(tenant.id, `overage:${tenant.id}:api_requests:2026-10`)));
    await drainJobs();
    const [job] = await db.select().from(jobs).where(eq(jobs.idempotencyKey, `event:${eventId}:billing.report-overage`));
    // Pending for a retry. At least one attempt, maybe two: the backoff has full jitter, so the
    // first retry can fall due while drainJobs() is still looping.
    expect(job?.status).toBe("pending");
    expect(job?.attempts).toBeGreaterThanOrEqual(1);
    expect(job?.lastError).toContain("has no simulator customer");
  });
});
