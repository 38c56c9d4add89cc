import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingStateChanges, billingTrials, checkouts, simulatorSubscriptions } from "@/db/schema/billing";
import { cancelLiveSubscription } from "@/lib/billing/tenant-deleted";
import { tenantMembers } from "@/db/schema/tenants";
import { listMailbox } from "@/lib/email";
import { drainJobs } from "@/lib/app";
import { paidPeriodStart, writeBillingAccount } from "@/lib/billing/account";
import { getEntitlements } from "@/lib/plans";
import { addMember, createTeam, createUser } from "@/seed/factories";
import { callJson, signIn } from "./client";
import { readTenantPlan } from "@/lib/plans";

type Subscription = { plan: string; interval: string | null; state: string; currentPeriodEnd: string | null; graceUntil: string | null; cancelAtPeriodEnd: boolean };

async function journey(label: string) {
  const { tenant, people } = await createTeam(label, { state: "trialing", plan: "pro" });
  await writeBillingAccount(db, tenant.id, { trialEndsAt: new Date(Date.now() + 4 * 86_400_000) }, new Date());
  const cookie = await signIn(people.owner);
  const headers = { "x-tenant-id": tenant.id };
  const api = <T>(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, body?: unknown) => callJson<T>(method, path, { cookie, headers, body });
  return { tenant, people, api };
}

describe("the paid period quotas follow", () => {
  it("starts when the provider says the period did, and each renewal follows on from the old end", async () => {
    const { tenant, api } = await journey("sim-period");
    const checkout = await api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "starter", interval: "month" });
    await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" });
    const [sub] = await db.select().from(simulatorSubscriptions).where(eq(simulatorSubscriptions.tenantId, tenant.id));
    let plan = await readTenantPlan(db, tenant.id);
    expect([plan.periodStart, plan.periodEnd]).toEqual([sub!.previousBillingDate, sub!.nextBillingDate]);

    await api("POST", "/billing/simulator/clock", { advanceDays: 31 });
    const firstEnd = plan.periodEnd!;
    plan = await readTenantPlan(db, tenant.id);
    expect(plan.state).toBe("active");
    expect(plan.periodStart).toEqual(firstEnd);
    expect(plan.periodEnd!.getTime()).toBeGreaterThan(firstEnd.getTime());
  });

  it("keeps the start within a period when the provider gives none", () => {
    const stored = { periodStart: new Date("2026-11-14T09:30:00Z"), periodEnd: new Date("2026-12-14T09:30:00Z") };
    const at = new Date("2026-11-20T00:00:00Z");
    // A plan change or a retried charge: the same end keeps the stored start.
    expect(paidPeriodStart(stored, stored.periodEnd, null, at)).toEqual(stored.periodStart);
    // A renewal after the end: the new period starts at the old end, not when the webhook came.
    expect(paidPeriodStart(stored, new Date("2027-01-14T09:30:00Z"), null, new Date("2026-12-14T11:00:00Z"))).toEqual(stored.periodEnd);
    // The provider's own start wins; a new subscription without one starts when it is applied.
    expect(paidPeriodStart(stored, new Date("2027-01-02T00:00:00Z"), new Date("2026-12-02T00:00:00Z"), at)).toEqual(new Date("2026-12-02T00:00:00Z"));
    expect(paidPeriodStart({ periodStart: null, periodEnd: null }, new Date("2026-12-20T00:00:00Z"), null, at)).toEqual(at);
    expect(paidPeriodStart(stored, null, null, at)).toBeNull();
  });
});

describe("the payment simulator", () => {
  it("upgrades a trial through checkout, then runs dunning to suspension and recovers on a new card", async () => {
    const { tenant, people, api } = await journey("sim-journey");
    const checkout = await api<{ checkoutId: string; url: string }>("POST", "/billing/checkout", { plan: "starter", interval: "month" });
    expect(checkout.status).toBe(200);
    expect(checkout.body.url).toContain(`/billing/simulator/checkout/${checkout.body.checkoutId}`);
    expect((await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" })).status).toBe(200);
    expect((await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" })).status).toBe(409);

    let sub = (await api<Subscription>("GET", "/billing/subscription")).body;
    expect(sub).toMatchObject({ plan: "starter", interval: "month", state: "active", graceUntil: null, cancelAtPeriodEnd: false });
    const invoices = await api<{ data: { status: string; amount: number }[] }>("GET", "/billing/invoices");
    expect(invoices.body.data).toEqual([expect.objectContaining({ status: "paid", amount: 1900 })]);
    const credits = await api<{ balance: number }>("GET", "/billing/credits");
    expect(credits.body.balance).toBe(2000); // the starter plan's allowance

    // The card starts declining; the renewal a month later fails.
    expect((await api("POST", "/billing/simulator/card", { behavior: "decline" })).status).toBe(200);
    await api("POST", "/billing/simulator/clock", { advanceDays: 31 });
    sub = (await api<Subscription>("GET", "/billing/subscription")).body;
    expect(sub.state).toBe("past_due");
    expect(sub.graceUntil).not.toBeNull();
    await drainJobs();
    const mail = await listMailbox({ to: people.owner.email });
    expect(mail.filter((m) => m.template === "payment-failed")).toHaveLength(1);

    // Day 3 reminder, then grace ends: suspended, paid features answer 402, data kept.
    const afterDay3 = await api<{ now: string }>("POST", "/billing/simulator/clock", { advanceDays: 3 });
    const hoursToGrace = (new Date(sub.graceUntil!).getTime() - new Date(afterDay3.body.now).getTime()) / 3_600_000;
    await api("POST", "/billing/simulator/clock", { advanceDays: (hoursToGrace - 12) / 24 }); // inside the last day
    expect((await api<Subscription>("GET", "/billing/subscription")).body.state).toBe("past_due");
    await api("POST", "/billing/simulator/clock", { advanceDays: 1 });
    sub = (await api<Subscription>("GET", "/billing/subscription")).body;
    expect(sub.state).toBe("suspended");
    await drainJobs();
    const stages = (await listMailbox({ to: people.owner.email })).filter((m) => m.template === "payment-failed").length;
    expect(stages).toBe(3); // day 0, day 3, the day before grace ends
    // Paid features wait for a payment (tests/projects.int.test.ts shows a module enforcing it).
    expect(await getEntitlements(tenant.id)).toMatchObject({ plan: "free", paymentRequired: true });

    // A working card retries the payment: active again, and the recovery time is recorded.
    expect((await api("POST", "/billing/simulator/card", { behavior: "succeed" })).status).toBe(200);
    sub = (await api<Subscription>("GET", "/billing/subscription")).body;
    expect(sub.state).toBe("active");
    const [recovery] = await db.select().from(billingStateChanges).where(and(eq(billingStateChanges.tenantId, tenant.id), eq(billingStateChanges.from, "suspended"), eq(billingStateChanges.to, "active")));
    expect(recovery?.recoveredAfterMs).toBeGreaterThan(7 * 86_400_000);
    expect(await getEntitlements(tenant.id)).toMatchObject({ plan: "starter", paymentRequired: false });
  });

  it("grants a credit pack once, and records a declined one as a failed invoice", async () => {
    const { api } = await journey("sim-topup");
    const paid = await api<{ checkoutId: string }>("POST", "/billing/topup", { pack: "medium" });
    await api("POST", `/billing/simulator/checkouts/${paid.body.checkoutId}/complete`, { outcome: "succeed" });
    const declined = await api<{ checkoutId: string }>("POST", "/billing/topup", { pack: "large" });
    await api("POST", `/billing/simulator/checkouts/${declined.body.checkoutId}/complete`, { outcome: "decline" });
    expect((await api<{ balance: number }>("GET", "/billing/credits")).body.balance).toBe(5000);
    const invoices = (await api<{ data: { status: string; description: string }[] }>("GET", "/billing/invoices")).body.data;
    expect(invoices.map((i) => i.status).sort()).toEqual(["failed", "paid"]);
  });

  it("ends a trial unpaid on the free plan, after a reminder 3 days before", async () => {
    const { tenant, people, api } = await journey("sim-trial");
    await api("POST", "/billing/simulator/clock", { advanceDays: 2 });
    await drainJobs();
    expect((await listMailbox({ to: people.owner.email })).map((m) => m.template)).toContain("trial-ending");
    await api("POST", "/billing/simulator/clock", { advanceDays: 3 });
    const row = await readTenantPlan(db, tenant.id);
    expect(row).toMatchObject({ state: "free", plan: "free" });
  });

  it("cancels at period end with a reason, can resume, and refuses a cancel without one", async () => {
    const { api } = await journey("sim-cancel");
    const checkout = await api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "pro", interval: "year" });
    await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" });
    const missing = await api<{ error: { code: string; fields: Record<string, string> } }>("DELETE", "/billing/subscription", {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toHaveProperty("reason");
    expect((await api("DELETE", "/billing/subscription", { reason: "other" })).status).toBe(422); // "other" needs a comment
    const canceled = await api<Subscription>("DELETE", "/billing/subscription", { reason: "too_expensive" });
    expect(canceled.body).toMatchObject({ state: "active", cancelAtPeriodEnd: true });
    expect((await api<Subscription>("POST", "/billing/subscription/resume")).body.cancelAtPeriodEnd).toBe(false);
    await api("DELETE", "/billing/subscription", { reason: "switching_provider" });
    await api("POST", "/billing/simulator/clock", { advanceDays: 370 });
    expect((await api<Subscription>("GET", "/billing/subscription")).body).toMatchObject({ state: "canceled", plan: "free" });
  });

  it("cancels a deleted tenant's subscription at the provider at once, not at the period's end", async () => {
    const { tenant, people, api } = await journey("sim-deleted");
    const checkout = await api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "starter", interval: "month" });
    await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" });
    expect((await api<Subscription>("GET", "/billing/subscription")).body.state).toBe("active");
    const deleted = await callJson("DELETE", `/tenants/${tenant.id}`, { cookie: await signIn(people.owner) });
    expect(deleted.status).toBe(204);
    await drainJobs();
    const [atProvider] = await db.select({ status: simulatorSubscriptions.status }).from(simulatorSubscriptions).where(eq(simulatorSubscriptions.tenantId, tenant.id));
    expect(atProvider?.status).toBe("cancelled");
    // A second run of the job (a retry) finds nothing live and calls nothing.
    await cancelLiveSubscription(tenant.id);
  });

  it("changes plan through the provider", async () => {
    const { api } = await journey("sim-change");
    const checkout = await api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "starter", interval: "month" });
    await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" });
    expect((await api("POST", "/billing/checkout", { plan: "pro", interval: "month" })).status).toBe(409);
    const changed = await api<Subscription>("PATCH", "/billing/subscription", { plan: "pro", interval: "month" });
    expect(changed.body).toMatchObject({ plan: "pro", state: "active" });
  });
});

describe("trials", () => {
  it("gives an owner one trial: a second tenant of theirs starts on free", async () => {
    const { authPost, cookieHeader } = await import("./client");
    const email = `trial-once-${Date.now()}@test.keel.local`;
    const signUp = await authPost("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Tria" });
    const cookie = cookieHeader(signUp);
    const me = await callJson<{ tenants: { id: string }[] }>("GET", "/me", { cookie });
    const first = me.body.tenants[0]!.id;
    const second = await callJson<{ id: string }>("POST", "/tenants", { cookie, body: { name: "Second try" } });
    const states = await Promise.all([first, second.body.id].map(async (id) => ({ id, state: (await readTenantPlan(db, id)).state })));
    expect(Object.fromEntries(states.map((t) => [t.id, t.state]))).toEqual({ [first]: "trialing", [second.body.id]: "free" });
  });
});

describe("one trial per person", () => {
  const statesOf = async (ids: string[]) => Promise.all(ids.map(async (id) => (await readTenantPlan(db, id)).state));

  it("is not renewed by transferring the trialed tenant away and creating another", async () => {
    const { authPost, cookieHeader } = await import("./client");
    const email = `trial-transfer-${Date.now()}@test.keel.local`;
    const cookie = cookieHeader(await authPost("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Tess" }));
    const me = await callJson<{ user: { id: string }; tenants: { id: string }[] }>("GET", "/me", { cookie });
    const first = me.body.tenants[0]!.id;
    expect(await statesOf([first])).toEqual(["trialing"]);
    // Hand the trialed tenant to someone else: its former owner owns nothing now.
    const heir = await createUser();
    await addMember({ tenant: { id: first, name: "x", slug: "x" }, user: heir, role: "admin" });
    const [heirMember] = await db.select({ id: tenantMembers.id }).from(tenantMembers).where(and(eq(tenantMembers.tenantId, first), eq(tenantMembers.userId, heir.id)));
    expect((await callJson("POST", `/tenants/${first}/transfer`, { cookie, body: { memberId: heirMember!.id } })).status).toBe(200);
    const again = await callJson<{ id: string }>("POST", "/tenants", { cookie, body: { name: "Fresh start" } });
    expect(await statesOf([again.body.id])).toEqual(["free"]);
  });

  it("is claimed once when two tenants are created at the same moment", async () => {
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const owner = await createUser();
    const cookie = await signIn(owner);
    const created = await Promise.all(["One", "Two", "Three"].map((name) => callJson<{ id: string }>("POST", "/tenants", { cookie, body: { name } })));
    expect(created.map((c) => c.status)).toEqual([201, 201, 201]);
    const states = await statesOf(created.map((c) => c.body.id));
    expect(states.filter((s) => s === "trialing")).toHaveLength(1);
    expect(await db.select().from(billingTrials).where(eq(billingTrials.userId, owner.id))).toHaveLength(1);
  });
});

describe("Idempotency-Key on money POSTs", () => {
  it("keeps each caller's keys apart: another member's same key gets their own checkout, not the first answer", async () => {
    const { tenant, people } = await journey("idem-scope");
    const headers = { "x-tenant-id": tenant.id, "idempotency-key": "same-key-everyone-picks" };
    const owner = await callJson<{ checkoutId: string }>("POST", "/billing/topup", { cookie: await signIn(people.owner), headers, body: { pack: "small" } });
    const admin = await callJson<{ checkoutId: string }>("POST", "/billing/topup", { cookie: await signIn(people.admin), headers, body: { pack: "small" } });
    expect(owner.status).toBe(200);
    expect(admin.status).toBe(200);
    expect(admin.headers.get("idempotent-replayed")).toBeNull();
    expect(admin.body.checkoutId).not.toBe(owner.body.checkoutId);
  });

  it("answers a repeat with the first answer and starts one checkout for many concurrent repeats", async () => {
    const { tenant, people, api } = await journey("idem");
    expect((await api("POST", "/billing/topup", { pack: "small" })).status).toBe(200); // without a key: its own checkout
    const cookie = await signIn(people.owner);
    const headers = { "x-tenant-id": tenant.id, "idempotency-key": `topup-${tenant.id}` };
    const topup = () => callJson<{ checkoutId?: string }>("POST", "/billing/topup", { cookie, headers, body: { pack: "medium" } });

    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const answers = await Promise.all(Array.from({ length: 10 }, topup));
    const ids = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.checkoutId));
    expect(ids.size).toBe(1);
    for (const a of answers) if (a.status !== 200) expect(a.status).toBe(409); // the first was still running
    const replay = await topup();
    expect(replay.body.checkoutId).toBe([...ids][0]);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.select().from(checkouts).where(eq(checkouts.tenantId, tenant.id))).toHaveLength(2);

    const misuse = await callJson("POST", "/billing/checkout", { cookie, headers, body: { plan: "pro", interval: "month" } });
    expect(misuse.status).toBe(409);
  });
});
