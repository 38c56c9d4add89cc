import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { checkouts } from "@/db/schema/billing";
import { readBillingAccount, writeBillingAccount } from "@/lib/billing/account";
import { createTeam } from "@/seed/factories";
import { deliver, signed, subscriptionPayload } from "./billing-helpers";
import { callJson, signIn } from "./client";

/**
 * `subscription.failed`: the mandate could not be set up, so the checkout did not complete. No
 * subscription ever ran: the tenant keeps what it had (a trial goes on), and the attempt is
 * recorded where the customer and the operator look.
 */
type Subscription = { state: string; plan: string; trialEndsAt: string | null; lastCheckoutFailure: { at: string; plan: string; interval: string } | null };
const day = 86_400_000;

async function trialist(label: string) {
  const { tenant, people } = await createTeam(label, { state: "trialing", plan: "pro" });
  const trialEndsAt = new Date(Date.now() + 9 * day);
  await writeBillingAccount(db, tenant.id, { trialEndsAt }, new Date());
  const cookie = await signIn(people.owner);
  const api = <T>(method: "GET" | "POST", path: string, body?: unknown) => callJson<T>(method, path, { cookie, headers: { "x-tenant-id": tenant.id }, body });
  return { tenant, trialEndsAt, api };
}

describe("a failed checkout", () => {
  it("keeps the trial, declines the checkout, is audited and shown, and a later checkout still goes through", async () => {
    const t = await trialist("checkout-failed");
    const checkout = await t.api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "pro", interval: "month" });
    expect((await t.api("POST", `/billing/simulator/checkouts/${checkout.body.checkoutId}/complete`, { outcome: "decline" })).status).toBe(200);

    const sub = await t.api<Subscription>("GET", "/billing/subscription");
    expect(sub.body).toMatchObject({ state: "trialing", plan: "pro", trialEndsAt: t.trialEndsAt.toISOString(), lastCheckoutFailure: { plan: "pro", interval: "month" } });
    const [row] = await db.select({ status: checkouts.status }).from(checkouts).where(eq(checkouts.id, checkout.body.checkoutId));
    expect(row?.status).toBe("declined");
    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, t.tenant.id), eq(auditLogs.action, "billing.checkout_failed")));
    expect(audit).toHaveLength(1);
    const invoices = await t.api<{ data: { status: string; description: string }[] }>("GET", "/billing/invoices");
    expect(invoices.body.data).toEqual([expect.objectContaining({ status: "failed", description: "Pro (monthly)" })]);

    const retry = await t.api<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "pro", interval: "month" });
    expect(retry.status).toBe(200); // the failed subscription is over: it does not block a new one
    await t.api("POST", `/billing/simulator/checkouts/${retry.body.checkoutId}/complete`, { outcome: "succeed" });
    expect((await t.api<Subscription>("GET", "/billing/subscription")).body).toMatchObject({ state: "active", lastCheckoutFailure: null });
    expect((await t.api<{ balance: number }>("GET", "/billing/credits")).body.balance).toBe(20_000);
  });

  it("audits once however often the failure is reported", async () => {
    const { tenant } = await createTeam("checkout-failed-twice", { state: "free", plan: "free" });
    const at = new Date(Date.now() - 60_000);
    const failed = subscriptionPayload({ tenantId: tenant.id, subscriptionId: `sim_sub_${tenant.id}`, status: "failed", type: "subscription.failed", at });
    for (const delivery of [signed(failed), signed(failed), signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId: `sim_sub_${tenant.id}`, status: "failed", type: "subscription.updated", at: new Date() }))]) {
      expect((await deliver(delivery)).status).toBe(200);
    }
    expect(await readBillingAccount(db, tenant.id)).toMatchObject({ state: "free", plan: "free" });
    expect(await db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, tenant.id), eq(auditLogs.action, "billing.checkout_failed")))).toHaveLength(1);
  });

  it("still ends a standing a subscription paid for, should that subscription later report failed", async () => {
    const { tenant } = await createTeam("checkout-failed-after-active", { state: "trialing", plan: "pro" });
    const subscriptionId = `sim_sub_${tenant.id}`;
    await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, status: "active", type: "subscription.active", at: new Date(Date.now() - day) })));
    await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, status: "failed", type: "subscription.failed", at: new Date() })));
    expect(await readBillingAccount(db, tenant.id)).toMatchObject({ state: "canceled", plan: "free" });
  });
});
