import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, type Executor } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { usageAggregates, usageOverageFees } from "@/db/schema/usage";
import { calendarMonth } from "@/lib/plans";
import { closeUsagePeriods, ingestUsageEvents, overageFee, overageRecordedEvent, planThatFits, quotaAlertEventTypes, rollUpAllUsage, rollUpUsage } from "@/lib/usage";
import { sendQuotaAlertEmails, type QuotaAlertEmail } from "@/lib/usage/alert-email";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

describe("overage", () => {
  it("prices overage per started unit block and finds the plan that fits", () => {
    expect(overageFee(51_500, 50_000, { unit: 1_000, amount: 50 })).toEqual({ overage: 1_500, amount: 100 });
    expect(overageFee(10, 50_000, { unit: 1_000, amount: 50 })).toEqual({ overage: 0, amount: 0 });
    expect(planThatFits("free", "api_requests", 1_001)).toBe("starter");
    expect(planThatFits("starter", "api_requests", 2_000_000)).toBe("enterprise");
    expect(planThatFits("free", "ai.tokens", 5)).toBeNull();
  });

  it("stores one fee per tenant, meter and period and announces it once for billing to charge", async () => {
    const { tenant } = await createTeam("usage-overage", { plan: "starter", state: "active" });
    const { tenant: freeTenant } = await createTeam("usage-overage-free");
    // No paid period on these plan rows: calendar months, and last month has ended.
    const period = calendarMonth(new Date(calendarMonth(new Date()).start.getTime() - 1));
    const at = new Date(period.start.getTime() + 86_400_000);
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 51_500, timestamp: at, idempotencyKey: "big" }]);
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 9_999, timestamp: at, idempotencyKey: "test" }], { apiKeyId: null, environment: "test" });
    await ingestUsageEvents({ tenantId: freeTenant.id }, [{ meter: "api_requests", quantity: 5_000, timestamp: at, idempotencyKey: "free" }]);

    expect(await closeUsagePeriods({ tenantId: tenant.id })).toEqual({ closed: 1, fees: 1 });
    expect(await closeUsagePeriods({ tenantId: tenant.id })).toEqual({ closed: 0, fees: 0 });
    expect(await closeUsagePeriods({ tenantId: freeTenant.id })).toEqual({ closed: 1, fees: 0 });
    const fees = await db.select().from(usageOverageFees).where(eq(usageOverageFees.tenantId, tenant.id));
    expect(fees).toMatchObject([{ used: 51_500, included: 50_000, overage: 1_500, amount: 100, currency: "usd" }]);
    const announced = await db.select().from(events).where(and(eq(events.tenantId, tenant.id), eq(events.type, overageRecordedEvent)));
    expect(announced.map((e) => e.data)).toEqual([
      { tenantId: tenant.id, meter: "api_requests", quantity: 1_500, amount: 100, currency: "usd", periodStart: period.start.toISOString(), periodEnd: period.end.toISOString(), reportEventId: fees[0]!.reportEventId },
    ]);
    // A hard-quota (free) tenant is never billed overage.
    expect(await db.select().from(usageOverageFees).where(eq(usageOverageFees.tenantId, freeTenant.id))).toHaveLength(0);
  });
});

describe("upcoming overage", () => {
  it("prices this period's usage past the quota, as the billing page shows it", async () => {
    const { tenant, people } = await createTeam("usage-upcoming", { plan: "starter", state: "active" });
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 52_001, timestamp: new Date(), idempotencyKey: "now" }]);
    const cookie = await signIn(people.admin);
    const res = await callJson<{ fees: { meter: string; overage: number; amount: number }[]; total: number }>("GET", "/usage/overage", { cookie, headers: { "x-tenant-id": tenant.id } });
    expect(res.status).toBe(200);
    expect(res.body.fees).toEqual([expect.objectContaining({ meter: "api_requests", overage: 2_001, amount: 150 })]);
    expect(res.body.total).toBe(150);
    expect((await callJson("GET", "/usage/overage", { cookie: await signIn(people.member), headers: { "x-tenant-id": tenant.id } })).status).toBe(403);
  });
});

describe("plan suggestions", () => {
  it("suggests the plan that would fit once a quota is 80% used", async () => {
    const { tenant, people } = await createTeam("usage-suggest"); // free: 1,000 API requests a month
    const cookie = await signIn(people.owner);
    const usage = () => callJson<{ meters: { meter: string; used: number; suggestedPlan: string | null }[] }>("GET", "/usage", { cookie, headers: { "x-tenant-id": tenant.id } });
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 700, timestamp: new Date(), idempotencyKey: "a" }]);
    expect((await usage()).body.meters.find((m) => m.meter === "api_requests")?.suggestedPlan).toBeNull();
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 150, timestamp: new Date(), idempotencyKey: "b" }]);
    expect((await usage()).body.meters.find((m) => m.meter === "api_requests")).toMatchObject({ used: 850, suggestedPlan: "starter" });
  });
});

describe("roll-ups", () => {
  it("rerunning a roll-up changes nothing and a later one picks up late events", async () => {
    const { tenant } = await createTeam("usage-rollup");
    const yesterday = new Date(Date.now() - 86_400_000);
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "ai.tokens", quantity: 3, timestamp: yesterday, idempotencyKey: "1" }]);
    await rollUpAllUsage(new Date());
    expect(await rollUpUsage(tenant.id, new Date(Date.now() - 60_000))).toBe(false);
    // A late event for the same bucket, received after the watermark.
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "ai.tokens", quantity: 4, timestamp: yesterday, idempotencyKey: "2" }]);
    await rollUpAllUsage(new Date());
    const rows = await db.select().from(usageAggregates).where(and(eq(usageAggregates.tenantId, tenant.id), eq(usageAggregates.granularity, "day")));
    expect(rows.map((r) => r.quantity)).toEqual([7]);
  });
});

describe("quota alert email", () => {
  it("mails the owner and the admins about an alert event", async () => {
    const { tenant, people } = await createTeam("usage-mail");
    await ingestUsageEvents({ tenantId: tenant.id }, [{ meter: "api_requests", quantity: 850, timestamp: new Date(), idempotencyKey: "bulk" }]);
    const [alert] = await db.select().from(events).where(and(eq(events.tenantId, tenant.id), inArray(events.type, quotaAlertEventTypes)));
    expect(alert?.data).toMatchObject({ threshold: 80, used: 850, limit: 1000, mode: "hard" });
    const sent: QuotaAlertEmail[] = [];
    const fake = async (_tx: Executor, message: QuotaAlertEmail) => {
      sent.push(message);
    };
    expect(await sendQuotaAlertEmails(alert!.id, fake)).toBe(2);
    expect(sent.map((m) => m.to).sort()).toEqual([people.owner.email, people.admin.email].sort());
    expect(sent[0]?.props).toMatchObject({ meter: "api_requests", threshold: 80, used: 850, limit: 1000 });
  });
});
