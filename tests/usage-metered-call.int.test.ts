import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { creditBalances, creditLedger } from "@/db/schema/credits";
import { events } from "@/db/schema/jobs";
import { apiRequests, usageAlertNotices, usageCounters, usageEvents } from "@/db/schema/usage";
import { creditsPort } from "@/lib/app";
import { grantCredits } from "@/lib/credits";
import { writeTenantPlan } from "@/lib/plans";
import { flushRequestLog, logApiRequest, reopenRequestLog, requestLogPolicy, usagePeriodOf, waitingRequestLogRows } from "@/lib/usage";
import { meterInOneStatement } from "@/lib/usage/fast-meter";
import { runShutdownHooks } from "@/lib/shutdown";
import { createTeam } from "@/seed/factories";
import { mintKey } from "./usage-keys";
import { callJson } from "./client";

// The metered call's one-statement path (lib/usage/fast-meter.ts, migration 0029) and the request
// log written behind it (lib/usage/request-log.ts). The money guarantees are the API-keys issue's:
// exact refusals under concurrency, nothing spent twice. PGlite runs one statement at a time, so
// the calls race for real only on the Postgres pass.

const echo = (authorization: string) => callJson("POST", "/v1/echo", { body: { n: 1 }, headers: { authorization } });

/** A team on `plan` (free: no plan row) with a live key and `credits` granted. */
async function teamWithCredits(label: string, plan: "free" | "starter" | "pro", credits: number) {
  const { tenant } = await createTeam(label, plan === "free" ? {} : { plan, state: "active" });
  const live = await mintKey(tenant.id, "live");
  await grantCredits({ tenantId: tenant.id, amount: credits, source: "promo", reason: "test", idempotencyKey: label });
  return { tenant, live };
}

async function ledgerDeducts(tenantId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(creditLedger)
    .where(and(eq(creditLedger.tenantId, tenantId), eq(creditLedger.kind, "deduct")));
  return row!.n;
}

async function liveEvents(tenantId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(usageEvents)
    .where(and(eq(usageEvents.tenantId, tenantId), sql`${usageEvents.properties}->>'environment' = 'live'`));
  return row!.n;
}

/** A counter row's period columns for the tenant's current period. */
async function periodColumns(tenantId: string) {
  const period = await usagePeriodOf(tenantId);
  return { periodStart: period.start, periodEnd: period.end };
}

async function counter(tenantId: string) {
  const [row] = await db
    .select({ used: usageCounters.used })
    .from(usageCounters)
    .where(and(eq(usageCounters.tenantId, tenantId), eq(usageCounters.periodStart, (await usagePeriodOf(tenantId)).start)));
  return row?.used ?? 0;
}

describe("metered call in one statement", () => {
  it("takes the one-statement path for a paying tenant with credits, and books the call exactly once", async () => {
    const { tenant, live } = await teamWithCredits("metered-fast", "pro", 500);
    const status = await meterInOneStatement(
      { tenantId: tenant.id, requestId: "req_metered_fast_1" },
      {
        apiKey: { keyId: live.keyId, environment: "live" },
        endpoint: "POST /v1/echo",
        creditCost: 3,
        credits: creditsPort,
        now: new Date(),
      },
    );
    expect(status).toMatchObject({ plan: "pro", used: 1, mode: "overage" });
    const [balance] = await db.select().from(creditBalances).where(eq(creditBalances.tenantId, tenant.id));
    expect(balance!.balance).toBe(497);
    const [entry] = await db
      .select()
      .from(creditLedger)
      .where(and(eq(creditLedger.tenantId, tenant.id), eq(creditLedger.kind, "deduct")));
    expect(entry).toMatchObject({
      amount: -3,
      balanceAfter: 497,
      idempotencyKey: "api:req_metered_fast_1",
      reason: "POST /v1/echo",
    });
    const [event] = await db.select().from(usageEvents).where(eq(usageEvents.tenantId, tenant.id));
    expect(event).toMatchObject({
      meter: "api_requests",
      quantity: 1,
      apiKeyId: live.keyId,
      idempotencyKey: "req_metered_fast_1",
      properties: { endpoint: "POST /v1/echo", environment: "live" },
    });
    expect(await counter(tenant.id)).toBe(1);

    // The same request id again (a retried statement): the one-statement path hands it over, and
    // the general path books nothing twice.
    const again = await meterInOneStatement(
      { tenantId: tenant.id, requestId: "req_metered_fast_1" },
      {
        apiKey: { keyId: live.keyId, environment: "live" },
        endpoint: "POST /v1/echo",
        creditCost: 3,
        credits: creditsPort,
        now: new Date(),
      },
    );
    expect(again).toBeNull();
    expect(await ledgerDeducts(tenant.id)).toBe(1);
    expect(await counter(tenant.id)).toBe(1);
  });

  it("lets exactly 10 of 100 concurrent live calls through a balance of 10, and books only those", async () => {
    const { tenant, live } = await teamWithCredits("metered-credits", "pro", 10);
    const answers = await Promise.all(Array.from({ length: 100 }, () => echo(live.authorization)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 402)).toHaveLength(90);
    expect(answers.filter((a) => a.status === 402).every((a) => (a.body as { error: { code: string } }).error.code === "insufficient_credits")).toBe(true);
    const [balance] = await db.select().from(creditBalances).where(eq(creditBalances.tenantId, tenant.id));
    expect(balance!.balance).toBe(0);
    expect(await ledgerDeducts(tenant.id)).toBe(10);
    expect(await liveEvents(tenant.id)).toBe(10);
    expect(await counter(tenant.id)).toBe(10);
  });

  it("admits exactly the hard quota's remainder under 30 concurrent calls, with 429 quota_exceeded past it", async () => {
    const { tenant, live } = await teamWithCredits("metered-quota", "free", 1_000); // free: a hard limit of 1,000 a month
    await db.insert(usageCounters).values({
      tenantId: tenant.id,
      meter: "api_requests",
      ...(await periodColumns(tenant.id)),
      used: 995,
    });
    const answers = await Promise.all(Array.from({ length: 30 }, () => echo(live.authorization)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(25);
    expect(refused.every((a) => (a.body as { error: { code: string } }).error.code === "quota_exceeded")).toBe(true);
    expect(await counter(tenant.id)).toBe(1_000);
    expect(await ledgerDeducts(tenant.id)).toBe(5);
    expect(await liveEvents(tenant.id)).toBe(5);
  });

  it("sees a plan change at once: the plan row it priced the last call with is checked in the statement", async () => {
    const { tenant, live } = await teamWithCredits("metered-downgrade", "pro", 100);
    expect((await echo(live.authorization)).status).toBe(200); // the Pro row is now remembered
    // Past Free's hard limit, which Pro's overage mode would let through.
    await db.update(usageCounters).set({ used: 1_000 }).where(eq(usageCounters.tenantId, tenant.id));
    await db.transaction((tx) =>
      writeTenantPlan(tx, tenant.id, {
        plan: "free",
        state: "free",
        interval: null,
        periodStart: null,
        periodEnd: null,
      }),
    );
    const after = await echo(live.authorization);
    expect(after.status).toBe(429);
    expect(after.headers.get("x-quota-limit")).toBe("1000");
  });

  it("expires due grants first and warns of a low balance once", async () => {
    const { tenant } = await createTeam("metered-expiry", {
      plan: "pro",
      state: "active",
    });
    const live = await mintKey(tenant.id, "live");
    await grantCredits({
      tenantId: tenant.id,
      amount: 101,
      source: "promo",
      reason: "lasting",
      idempotencyKey: "metered-expiry-lasting",
    });
    await grantCredits({
      tenantId: tenant.id,
      amount: 50,
      source: "promo",
      reason: "expiring",
      idempotencyKey: "metered-expiry-short",
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await echo(live.authorization)).status).toBe(200); // 150 left: above the threshold of 100
    await db.execute(sql`update credit_grants set expires_at = now() - interval '1 second' where tenant_id = ${tenant.id} and expires_at is not null`);
    // The expiring grant was drawn first (soonest-expiring first), 49 of it is left to expire.
    expect((await echo(live.authorization)).status).toBe(200);
    const entries = await db.select().from(creditLedger).where(eq(creditLedger.tenantId, tenant.id));
    expect(entries.filter((e) => e.kind === "expire").map((e) => e.amount)).toEqual([-49]);
    const [balance] = await db.select().from(creditBalances).where(eq(creditBalances.tenantId, tenant.id));
    expect(balance).toMatchObject({ balance: 100, lowBalanceWarned: false });
    // Below 100 now, on the one-statement path: one warning however many calls follow.
    for (let i = 0; i < 3; i++) expect((await echo(live.authorization)).status).toBe(200);
    const warnings = await db
      .select()
      .from(events)
      .where(and(eq(events.tenantId, tenant.id), eq(events.type, "credits.low")));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatchObject({ balance: 99, threshold: 100 });
  });

  it("raises the 80% quota alert when a call crosses it", async () => {
    const { tenant, live } = await teamWithCredits("metered-alert", "starter", 10); // 50,000 a month, overage
    await db.insert(usageCounters).values({
      tenantId: tenant.id,
      meter: "api_requests",
      ...(await periodColumns(tenant.id)),
      used: 39_998,
    });
    expect((await echo(live.authorization)).status).toBe(200);
    expect(await db.select().from(usageAlertNotices).where(eq(usageAlertNotices.tenantId, tenant.id))).toEqual([]);
    expect((await echo(live.authorization)).status).toBe(200);
    const notices = await db.select().from(usageAlertNotices).where(eq(usageAlertNotices.tenantId, tenant.id));
    expect(notices.map((n) => [n.threshold, n.used])).toEqual([[80, 40_000]]);
  });
});

describe("request log written behind", () => {
  it("queues rows, writes them in one flush, and flushes on shutdown", async () => {
    const { tenant } = await createTeam("request-log");
    const row = (n: number) => ({
      id: `req_log_${tenant.id}_${n}`,
      tenantId: tenant.id,
      apiKeyId: null,
      method: "POST",
      endpoint: "/v1/echo",
      status: 200,
      latencyMs: n,
    });
    const logged = async () => (await db.select({ n: count() }).from(apiRequests).where(eq(apiRequests.tenantId, tenant.id)))[0]!.n;
    await flushRequestLog(); // the earlier tests' calls
    await Promise.all(Array.from({ length: 25 }, (_, n) => logApiRequest(row(n))));
    expect(waitingRequestLogRows()).toBe(25); // answered, not yet written
    await flushRequestLog();
    expect(await logged()).toBe(25);

    for (let n = 25; n < 30; n++) await logApiRequest(row(n));
    await runShutdownHooks(); // what SIGTERM runs before Next.js exits
    expect(await logged()).toBe(30);
    // The server answers until it exits: each of those calls now writes its own row first.
    try {
      await logApiRequest(row(30));
      expect(await logged()).toBe(31);
    } finally {
      reopenRequestLog();
    }

    // Past the bound a call writes its own row before answering.
    const bound = requestLogPolicy.maxWaitingRows;
    requestLogPolicy.maxWaitingRows = 0;
    try {
      await logApiRequest(row(31));
      expect(await logged()).toBe(32);
    } finally {
      requestLogPolicy.maxWaitingRows = bound;
    }
  });

  it("writes the other rows of a batch when one is refused (its tenant deleted meanwhile)", async () => {
    const { tenant } = await createTeam("request-log-refused");
    await logApiRequest({
      id: `req_log_gone_${tenant.id}`,
      tenantId: "org_does_not_exist",
      apiKeyId: null,
      method: "POST",
      endpoint: "/v1/echo",
      status: 200,
      latencyMs: 1,
    });
    await logApiRequest({
      id: `req_log_kept_${tenant.id}`,
      tenantId: tenant.id,
      apiKeyId: null,
      method: "POST",
      endpoint: "/v1/echo",
      status: 200,
      latencyMs: 1,
    });
    await flushRequestLog();
    const rows = await db.select({ id: apiRequests.id }).from(apiRequests).where(eq(apiRequests.tenantId, tenant.id));
    expect(rows.map((r) => r.id)).toEqual([`req_log_kept_${tenant.id}`]);
  });
});
