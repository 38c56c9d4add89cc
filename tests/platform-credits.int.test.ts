import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { getBalance } from "@/lib/credits";
import { createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

describe("platform credit adjustments", () => {
  it("lets a platform admin grant and deduct, once per key, audited; others get 404", async () => {
    const { tenant, people } = await createTeam("adjust");
    // Platform-admin routes need a session that proved a second factor.
    const admin = await signInWithTotp(await createUser({ email: uniqueEmail("platform"), platformAdmin: true }));
    const path = `/platform/tenants/${tenant.id}/credits`;
    const grant = { amount: 250, reason: "goodwill for an outage", idempotencyKey: "ticket-4711" };
    expect((await callJson("POST", path, { cookie: admin, body: grant })).status).toBe(200);
    expect((await callJson("POST", path, { cookie: admin, body: grant })).status).toBe(200); // same key: no second grant
    expect(await getBalance({ tenantId: tenant.id })).toBe(250);
    await callJson("POST", path, { cookie: admin, body: { amount: -50, reason: "correction", idempotencyKey: "ticket-4712" } });
    expect(await getBalance({ tenantId: tenant.id })).toBe(200);
    const entries = await db.select().from(auditLogs).where(and(eq(auditLogs.tenantId, tenant.id), eq(auditLogs.action, "credits.adjusted")));
    expect(entries).toHaveLength(2);

    const owner = await signIn(people.owner);
    expect((await call("POST", path, { cookie: owner, body: grant })).status).toBe(404);
    expect((await call("POST", `/platform/tenants/org_missing/credits`, { cookie: admin, body: { ...grant, idempotencyKey: "other-key" } })).status).toBe(404);
    expect((await call("POST", path, { cookie: admin, body: { amount: 0, reason: "x", idempotencyKey: "short" } })).status).toBe(422);
  });
});
