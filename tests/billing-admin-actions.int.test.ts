import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { billingStateChanges } from "@/db/schema/billing";
import { readBillingAccount, writeBillingAccount } from "@/lib/billing/account";
import { transitionBillingState } from "@/lib/billing/state";
import { startTrial } from "@/lib/billing/trial";
import { createSubscription } from "@/seed/billing";
import { createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

const day = 86_400_000;
const actions = (tenantId: string) => `/platform/tenants/${tenantId}/billing`;

async function platformAdmin() {
  const user = await createUser({ email: uniqueEmail("billing-admin"), platformAdmin: true });
  return { user, cookie: await signInWithTotp(user) };
}

async function audit(tenantId: string, action: string) {
  return db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, tenantId), eq(auditLogs.action, action)));
}

async function post(cookie: string, tenantId: string, action: string, body: unknown) {
  return callJson<Record<string, unknown>>("POST", `${actions(tenantId)}/${action}`, { cookie, body });
}

describe("platform billing actions", () => {
  it("extends a trial, suspends and unsuspends it back to trialing, each audited with the admin, the tenant and the reason", async () => {
    const admin = await platformAdmin();
    const { tenant } = await createTeam("admin-trial");
    const started = new Date(Date.now() - 10 * day);
    await db.transaction((tx) => startTrial(tx, tenant.id, started));
    const trialEnd = (await readBillingAccount(db, tenant.id)).trialEndsAt?.getTime() ?? 0;

    const extended = await post(admin.cookie, tenant.id, "extend-trial", { days: 7, reason: "  customer asked for more time  " });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ state: "trialing", trialEndsAt: new Date(trialEnd + 7 * day).toISOString() });
    const [extendedAudit] = await audit(tenant.id, "billing.trial_extended");
    expect(extendedAudit).toMatchObject({ actorId: admin.user.id, targetType: "tenant", targetId: tenant.id, data: { reason: "customer asked for more time", days: 7, from: "trialing", to: "trialing" } });

    expect((await post(admin.cookie, tenant.id, "suspend", { reason: "chargeback fraud" })).body).toMatchObject({ state: "suspended" });
    expect((await audit(tenant.id, "billing.suspended"))[0]).toMatchObject({ actorId: admin.user.id, data: { reason: "chargeback fraud", from: "trialing", to: "suspended" } });
    expect((await post(admin.cookie, tenant.id, "suspend", { reason: "again" })).status).toBe(409);

    expect((await post(admin.cookie, tenant.id, "unsuspend", { reason: "cleared by support" })).body).toMatchObject({ state: "trialing", plan: "pro" });
    expect((await audit(tenant.id, "billing.unsuspended"))[0]).toMatchObject({ actorId: admin.user.id, data: { reason: "cleared by support", from: "suspended", to: "trialing" } });

    // The tenant's owner reads the admin's entries in their own audit log.
    const states = await db.select({ to: billingStateChanges.to }).from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenant.id)).orderBy(asc(billingStateChanges.at), asc(billingStateChanges.id));
    expect(states.map((s) => s.to)).toEqual(["trialing", "suspended", "trialing"]);
  });

  it("comps a plan (active, no subscription, no interval) and ends it back to free; refuses a comp over a live subscription", async () => {
    const admin = await platformAdmin();
    const { tenant } = await createTeam("admin-comp");
    const comped = await post(admin.cookie, tenant.id, "comp", { plan: "enterprise", reason: "design partner" });
    expect(comped.status).toBe(200);
    expect(comped.body).toMatchObject({ state: "active", plan: "enterprise", comped: true });
    const [history] = await db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenant.id));
    expect(history).toMatchObject({ from: "free", to: "active", plan: "enterprise", interval: null });
    expect((await audit(tenant.id, "billing.comped"))[0]).toMatchObject({ actorId: admin.user.id, data: { reason: "design partner", plan: "enterprise" } });

    expect((await post(admin.cookie, tenant.id, "end-comp", { reason: "partnership over" })).body).toMatchObject({ state: "free", plan: "free", comped: false });
    expect((await audit(tenant.id, "billing.comp_ended"))[0]).toMatchObject({ actorId: admin.user.id, data: { reason: "partnership over", from: "active", to: "free" } });
    expect((await post(admin.cookie, tenant.id, "end-comp", { reason: "twice" })).status).toBe(409);

    const paying = (await createTeam("admin-comp-paying")).tenant;
    await createSubscription({ tenant: paying, plan: "starter" });
    const refused = await post(admin.cookie, paying.id, "comp", { plan: "pro", reason: "would double bill" });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: "billing_action_not_allowed" } });
    expect((await post(admin.cookie, paying.id, "end-comp", { reason: "not comped" })).status).toBe(409);
  });

  it("suspends a paying tenant and lifts it to active; a tenant suspended by dunning goes back to dunning with fresh grace", async () => {
    const admin = await platformAdmin();
    const paying = (await createTeam("admin-suspend-paying")).tenant;
    await createSubscription({ tenant: paying, plan: "pro", interval: "year" });
    expect((await post(admin.cookie, paying.id, "suspend", { reason: "abuse report" })).body).toMatchObject({ state: "suspended" });
    expect((await post(admin.cookie, paying.id, "unsuspend", { reason: "resolved" })).body).toMatchObject({ state: "active", plan: "pro", comped: false });
    const rows = await db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, paying.id)).orderBy(asc(billingStateChanges.at), asc(billingStateChanges.id));
    // The interval survives the suspension: revenue counts the subscription again once active.
    expect(rows.map((r) => [r.to, r.interval])).toEqual([["active", "year"], ["suspended", "year"], ["active", "year"]]);

    const dunning = (await createTeam("admin-suspend-dunning")).tenant;
    const longAgo = new Date(Date.now() - 20 * day);
    await db.transaction(async (tx) => {
      await transitionBillingState(tx, { tenantId: dunning.id, to: "active", reason: "test", at: longAgo, interval: "month", fields: { plan: "starter" } });
      await transitionBillingState(tx, { tenantId: dunning.id, to: "past_due", reason: "test", at: longAgo, fields: { pastDueSince: longAgo, graceUntil: new Date(longAgo.getTime() + 7 * day) } });
      await transitionBillingState(tx, { tenantId: dunning.id, to: "suspended", reason: "grace period ended", at: new Date(longAgo.getTime() + 7 * day) });
    });
    const lifted = await post(admin.cookie, dunning.id, "unsuspend", { reason: "promised to pay" });
    expect(lifted.body).toMatchObject({ state: "past_due" });
    expect(new Date(String(lifted.body.graceUntil)).getTime()).toBeGreaterThan(Date.now());
  });

  it("answers 422 without a reason or with bad input, 404 for an unknown tenant or a non-admin, 409 for a move the state machine refuses", async () => {
    const admin = await platformAdmin();
    const { tenant, people } = await createTeam("admin-refusals");
    for (const [action, body] of [
      ["suspend", {}],
      ["suspend", { reason: "  x " }],
      ["unsuspend", { reason: 42 }],
      ["extend-trial", { days: 7 }],
      ["extend-trial", { days: 0, reason: "zero days" }],
      ["extend-trial", { days: 1.5, reason: "half a day" }],
      ["comp", { plan: "free", reason: "not a comp" }],
      ["comp", { plan: "platinum", reason: "no such plan" }],
      ["end-comp", { reason: "" }],
    ] as const) {
      const res = await post(admin.cookie, tenant.id, action, body);
      expect(res.status, `${action} ${JSON.stringify(body)}`).toBe(422);
      expect(res.body).toMatchObject({ error: { code: "validation_failed" } });
    }
    expect((await post(admin.cookie, "org_missing", "suspend", { reason: "no such tenant" })).status).toBe(404);
    expect((await post(await signIn(people.owner), tenant.id, "suspend", { reason: "owner tries" })).status).toBe(404);
    expect((await call("POST", `${actions(tenant.id)}/suspend`, { body: { reason: "anonymous" } })).status).toBe(401);
    // A free tenant has nothing to suspend; nothing was written.
    expect((await post(admin.cookie, tenant.id, "suspend", { reason: "nothing to suspend" })).status).toBe(409);
    expect((await post(admin.cookie, tenant.id, "unsuspend", { reason: "not suspended" })).status).toBe(409);
    expect(await audit(tenant.id, "billing.suspended")).toHaveLength(0);
    await writeBillingAccount(db, tenant.id, { state: "canceled" }, new Date());
    expect((await post(admin.cookie, tenant.id, "extend-trial", { days: 3, reason: "canceled tenant" })).status).toBe(409);
  });
});
