import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { productId } from "@/lib/billing/plans";
import { monthlyRecurringAmount, readTenantPlan } from "@/lib/plans";
import { createTeam } from "@/seed/factories";
import { deliver, signed, subscriptionPayload } from "./billing-helpers";

const day = 86_400_000;
const product = (plan: "starter" | "pro", interval: "month" | "year") => productId("simulator", { kind: "plan", plan, interval }) ?? "";

describe("billing history", () => {
  it("records a row for every change of state, plan or interval, an upgrade mid-period included, with the plan and interval after it", async () => {
    const { tenant } = await createTeam("history");
    const subscriptionId = `sim_sub_history_${tenant.id}`;
    const start = Date.now() - 40 * day;
    const send = async (type: string, status: string, at: number, productId: string) => {
      const res = await deliver(signed(subscriptionPayload({ tenantId: tenant.id, subscriptionId, type, status, at: new Date(at), productId })));
      expect(res.status).toBe(200);
    };
    await send("subscription.active", "active", start, product("starter", "month"));
    await send("subscription.renewed", "active", start + 1 * day, product("starter", "month")); // nothing changed: no row
    await send("subscription.plan_changed", "active", start + 15 * day, product("pro", "month")); // upgrade mid-month
    await send("subscription.plan_changed", "active", start + 20 * day, product("pro", "year")); // same plan, yearly
    // Core's tenant_plans carries the interval as well (the admin tenant list's MRR reads it there).
    expect(await readTenantPlan(db, tenant.id)).toMatchObject({ plan: "pro", state: "active", interval: "year" });
    expect(monthlyRecurringAmount({ plan: "pro", interval: "year", billingState: "active" })).toBe(4_083); // 49,000 / 12 = 4,083.33
    await send("subscription.cancelled", "cancelled", start + 30 * day, product("pro", "year"));

    const rows = await db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenant.id)).orderBy(asc(billingStateChanges.at), asc(billingStateChanges.id));
    expect(rows.map(({ from, to, plan, interval }) => ({ from, to, plan, interval }))).toEqual([
      { from: "free", to: "active", plan: "starter", interval: "month" },
      { from: "active", to: "active", plan: "pro", interval: "month" },
      { from: "active", to: "active", plan: "pro", interval: "year" },
      { from: "active", to: "canceled", plan: "free", interval: null },
    ]);
    expect(rows[1]?.at).toEqual(new Date(start + 15 * day));
    expect((await readTenantPlan(db, tenant.id)).interval).toBeNull();
  });
});
