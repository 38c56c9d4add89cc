import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { billingStateChanges, invoices, subscriptions } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { readBillingAccount } from "@/lib/billing/account";
import { seedDemo } from "@/seed/scenarios/demo";

const day = 86_400_000;

async function tenantBySlug(slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  if (!tenant) throw new Error(`no seeded tenant ${slug}`);
  return tenant;
}

const history = (tenantId: string) =>
  db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenantId)).orderBy(asc(billingStateChanges.at), asc(billingStateChanges.id));

describe("billing demo data", () => {
  beforeAll(async () => {
    await seedDemo();
  }, 300_000);

  it("seeds a tenant suspended at the end of its grace, after a declined renewal", async () => {
    const tenant = await tenantBySlug("demo-suspended");
    const account = await readBillingAccount(db, tenant.id);
    expect(account).toMatchObject({ state: "suspended", plan: "starter" });
    expect(account.graceUntil?.getTime()).toBeLessThan(Date.now());
    expect(account.pastDueSince?.getTime()).toBeLessThan(Date.now() - 15 * day);
    expect((await history(tenant.id)).map((r) => r.to)).toEqual(["active", "past_due", "suspended"]);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.tenantId, tenant.id));
    expect(sub?.status).toBe("past_due");
    expect((await db.select().from(invoices).where(eq(invoices.tenantId, tenant.id))).map((i) => i.status).sort()).toEqual(["failed", "paid"]);
  });

  it("seeds a year of customers whose history, subscriptions and invoices agree: upgrades, a downgrade, a churn and a reactivation", async () => {
    const rows = async (slug: string) => (await history((await tenantBySlug(slug)).id)).map((r) => `${r.to}:${r.plan}:${r.interval ?? "-"}`);
    expect(await rows("demo-stark")).toEqual(["active:starter:month", "active:pro:month"]);
    expect(await rows("demo-tyrell")).toEqual(["active:pro:month", "active:starter:month", "past_due:starter:month", "active:starter:month"]);
    expect(await rows("demo-oscorp")).toEqual(["trialing:pro:-", "active:starter:year"]);
    expect(await rows("demo-massive")).toEqual(["trialing:pro:-", "free:free:-"]);
    expect(await rows("demo-cyberdyne")).toEqual(["active:starter:month", "canceled:free:-"]);
    expect(await rows("demo-wonka")).toEqual(["active:pro:month", "canceled:free:-", "active:starter:month"]);
    expect(await rows("demo-aperture")).toEqual(["active:starter:month", "active:pro:month", "active:pro:year"]);
    expect(await rows("demo-wayne")).toEqual(["active:pro:year"]);

    // Stark paid every month for about 11 months: the first charge and each renewal.
    const stark = await tenantBySlug("demo-stark");
    const paid = await db.select().from(invoices).where(eq(invoices.tenantId, stark.id));
    expect(paid.length).toBeGreaterThanOrEqual(10);
    expect(paid.every((i) => i.status === "paid")).toBe(true);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.tenantId, stark.id));
    expect(sub).toMatchObject({ plan: "pro", interval: "month", status: "active" });
    expect((await readBillingAccount(db, stark.id)).state).toBe("active");
  });
});
