import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingEvents, simulatorSubscriptions } from "@/db/schema/billing";
import { readBillingAccount, writeBillingAccount } from "@/lib/billing/account";
import { drainJobs } from "@/lib/app";
import { billingEnv } from "@/lib/billing/env";
import { listMailbox } from "@/lib/email";
import { createTeam } from "@/seed/factories";
import { deliver, signed, subscriptionChargePayload, subscriptionPayload } from "./billing-helpers";
import { callJson, signIn } from "./client";

/**
 * Dodo 2.52's `past_due`: a failed charge opens a window (`past_due_ends_at`) before the
 * subscription goes on hold or ends. Any subscription event can carry the status, late ones too.
 */
const day = 86_400_000;

async function subscriber(label: string, start: number) {
  const { tenant, people } = await createTeam(label, { state: "trialing", plan: "pro" });
  const subscriptionId = `sim_sub_${tenant.id}`;
  async function send(input: { type: string; status: string; at: number; pastDueEndsAt?: number }) {
    const res = await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, type: input.type, status: input.status, at: new Date(input.at), pastDueEndsAt: input.pastDueEndsAt ? new Date(input.pastDueEndsAt) : undefined })));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { status: string; outcome: string };
    expect(answer.status).toBe("applied");
    return answer.outcome;
  }
  await send({ type: "subscription.active", status: "active", at: start });
  return { tenant, people, subscriptionId, send, account: () => readBillingAccount(db, tenant.id) };
}

describe("past_due subscriptions", () => {
  it("puts the tenant in dunning until Dodo's past_due_ends_at, on a delayed subscription.updated too, and the day 0 email names that date", async () => {
    const start = Date.now() - 20 * day;
    for (const type of ["subscription.past_due", "subscription.updated"]) {
      const s = await subscriber(`past-due-${type}`, start);
      const deadline = start + 12 * day;
      expect(await s.send({ type, status: "past_due", at: start + 10 * day, pastDueEndsAt: deadline })).toBe("applied");
      expect(await s.account()).toMatchObject({ state: "past_due", plan: "pro", pastDueSince: new Date(start + 10 * day), graceUntil: new Date(deadline) });
      await drainJobs();
      const [email] = (await listMailbox({ to: s.people.owner.email })).filter((m) => m.template === "payment-failed");
      expect(email?.text).toContain(`keeps working until ${new Intl.DateTimeFormat("en", { month: "long", day: "numeric", timeZone: "UTC" }).format(deadline)}`);
    }
  });

  it("gives BILLING_GRACE_DAYS when Dodo names no deadline, and takes Dodo's when a later event names one", async () => {
    const start = Date.now() - 20 * day;
    const s = await subscriber("past-due-no-deadline", start);
    await s.send({ type: "subscription.past_due", status: "past_due", at: start + 10 * day });
    expect((await s.account()).graceUntil).toEqual(new Date(start + 10 * day + billingEnv.BILLING_GRACE_DAYS * day));
    await s.send({ type: "subscription.updated", status: "past_due", at: start + 10 * day + 60_000, pastDueEndsAt: start + 13 * day });
    expect(await s.account()).toMatchObject({ state: "past_due", graceUntil: new Date(start + 13 * day) });
  });

  it("takes the deadline from a past_due event that a failed charge of the same moment overtook", async () => {
    const start = Date.now() - 20 * day;
    const s = await subscriber("past-due-stale", start);
    const failedAt = start + 10 * day;
    // The charge is newer by a second: the past_due event is stale for the subscription row.
    await deliver(signed(subscriptionChargePayload({ tenantId: s.tenant.id, subscriptionId: s.subscriptionId, paymentId: `pay_${s.tenant.id}`, at: new Date(failedAt + 1_000), succeeded: false })));
    expect(await s.send({ type: "subscription.past_due", status: "past_due", at: failedAt, pastDueEndsAt: failedAt + 2 * day })).toBe("stale (grace set to the provider's deadline)");
    expect(await s.account()).toMatchObject({ state: "past_due", graceUntil: new Date(failedAt + 2 * day) });
  });

  it("does not let a late past_due event of an earlier episode cut a later episode's grace short", async () => {
    const start = Date.now() - 60 * day;
    const s = await subscriber("past-due-episodes", start);
    await s.send({ type: "subscription.past_due", status: "past_due", at: start + 30 * day, pastDueEndsAt: start + 33 * day });
    await s.send({ type: "subscription.active", status: "active", at: start + 31 * day });
    await s.send({ type: "subscription.on_hold", status: "on_hold", at: start + 50 * day });
    const episode = await s.account();
    expect(episode).toMatchObject({ state: "past_due", pastDueSince: new Date(start + 50 * day) });
    expect(await s.send({ type: "subscription.updated", status: "past_due", at: start + 30 * day + 1_000, pastDueEndsAt: start + 33 * day })).toBe("stale");
    expect((await s.account()).graceUntil).toEqual(episode.graceUntil);
  });

  it("is what the simulator sends for a declined renewal: payment.failed and subscription.past_due with its window, then on_hold", async () => {
    const { tenant, people } = await createTeam("past-due-simulator", { state: "trialing", plan: "pro" });
    await writeBillingAccount(db, tenant.id, { trialEndsAt: new Date(Date.now() + 60 * day) }, new Date());
    const cookie = await signIn(people.owner);
    const api = <T>(method: "GET" | "POST", path: string, body?: unknown) => callJson<T>(method, path, { cookie, headers: { "x-tenant-id": tenant.id }, body });
    const checkout = await api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "starter", interval: "month" });
    await api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "succeed" });
    await api("POST", "/billing/simulator/card", { behavior: "decline" });
    await api("POST", "/billing/simulator/clock", { advanceDays: 31 });

    const types = async () => (await db.select({ type: billingEvents.type }).from(billingEvents).where(eq(billingEvents.tenantId, tenant.id))).map((e) => e.type);
    expect(await types()).toEqual(expect.arrayContaining(["payment.failed", "subscription.past_due"]));
    const [sim] = await db.select().from(simulatorSubscriptions).where(eq(simulatorSubscriptions.tenantId, tenant.id));
    expect(sim?.status).toBe("past_due");
    const [pastDue] = await db.select({ payload: billingEvents.payload }).from(billingEvents).where(and(eq(billingEvents.tenantId, tenant.id), eq(billingEvents.type, "subscription.past_due")));
    const endsAt = (pastDue?.payload as { data: { past_due_ends_at: string } }).data.past_due_ends_at;
    expect(await readBillingAccount(db, tenant.id)).toMatchObject({ state: "past_due", graceUntil: new Date(endsAt) });

    await api("POST", "/billing/simulator/clock", { advanceDays: billingEnv.BILLING_GRACE_DAYS });
    expect(await types()).toContain("subscription.on_hold");
    expect((await readBillingAccount(db, tenant.id)).state).toBe("suspended");
  });
});
