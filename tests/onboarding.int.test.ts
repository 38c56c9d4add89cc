import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { events } from "@/db/schema/jobs";
import { addMember, createTenant, createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn } from "./client";

type Checklist = { steps: { id: string; done: boolean; scope: string; title: string; href: string }[]; done: number; total: number; dismissed: boolean; completed: boolean };
const checklist = async (cookie: string) => (await callJson<Checklist>("GET", "/me/onboarding", { cookie })).body;
const doneSteps = (list: Checklist) => list.steps.filter((s) => s.done).map((s) => s.id);

async function completionEvents(userId: string, tenantId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(and(eq(events.type, "onboarding.completed"), eq(events.tenantId, tenantId), sql`${events.data}->>'userId' = ${userId}`));
  return row?.n ?? 0;
}

describe("the onboarding checklist", () => {
  it("ticks each step from what really happened, per user and per tenant, and records completion once", async () => {
    const owner = await createUser({ emailVerified: false });
    const tenant = await createTenant({ name: "Onboarding tenant", owner });
    const cookie = await signIn(owner);

    const fresh = await checklist(cookie);
    expect(fresh.steps.map((s) => s.id)).toEqual(expect.arrayContaining(["verify-email", "create-project", "invite-teammate", "create-api-key", "first-api-call", "choose-plan"]));
    expect(fresh).toMatchObject({ done: 0, dismissed: false, completed: false });
    expect(fresh.steps.find((s) => s.id === "verify-email")).toMatchObject({ scope: "user", title: "auth.onboarding.verifyEmail", href: "/dashboard/settings" });

    // The real things, through the real routes.
    await db.update(users).set({ emailVerified: true }).where(eq(users.id, owner.id));
    expect((await callJson("POST", "/projects", { cookie, body: { name: "First" } })).status).toBe(201);
    expect((await callJson("POST", `/tenants/${tenant.id}/invitations`, { cookie, body: { email: uniqueEmail("mate"), role: "member" } })).status).toBe(201);
    expect(doneSteps(await checklist(cookie))).toEqual(["verify-email", "create-project", "invite-teammate"]);

    const key = await callJson<{ key: string }>("POST", `/tenants/${tenant.id}/api-keys`, { cookie, body: { name: "first", environment: "test", scopes: [] } });
    expect(key.status).toBe(201);
    expect(doneSteps(await checklist(cookie))).not.toContain("first-api-call");
    expect((await call("POST", "/v1/echo", { body: { hello: 1 }, headers: { authorization: `Bearer ${key.body.key}` } })).status).toBe(200);
    await waitFor(async () => doneSteps(await checklist(cookie)).includes("first-api-call"));
    expect((await checklist(cookie)).completed).toBe(false);
    expect(await completionEvents(owner.id, tenant.id)).toBe(0);

    // What the billing webhook writes when the provider takes a subscription.
    await db.execute(
      sql`insert into subscriptions (id, tenant_id, provider, provider_subscription_id, plan, interval, status, last_event_at, last_event_id) values (${`sub_${tenant.id}`}, ${tenant.id}, 'simulator', ${`sim_${tenant.id}`}, 'pro', 'month', 'active', now(), 'evt_test')`,
    );
    const complete = await checklist(cookie);
    expect(complete).toMatchObject({ done: complete.total, completed: true });
    await checklist(cookie);
    expect(await completionEvents(owner.id, tenant.id)).toBe(1);

    // A teammate sees the team's steps done, and their own still open.
    const mate = await createUser({ emailVerified: false });
    await addMember({ tenant, user: mate, role: "member" });
    const theirs = await checklist(await signIn(mate));
    expect(theirs.steps.filter((s) => !s.done).map((s) => s.id)).toEqual(["verify-email"]);
    expect(theirs.completed).toBe(false);
  });

  it("keeps a step ticked once seen, even when its proof goes", async () => {
    const owner = await createUser();
    await createTenant({ owner });
    const cookie = await signIn(owner);
    const project = await callJson<{ id: string }>("POST", "/projects", { cookie, body: { name: "Soon gone" } });
    expect(doneSteps(await checklist(cookie))).toContain("create-project");
    expect((await call("DELETE", `/projects/${project.body.id}`, { cookie })).status).toBeLessThan(300);
    expect(doneSteps(await checklist(cookie))).toContain("create-project");
  });

  it("dismisses for the caller only, and answers 409 without an active tenant", async () => {
    const owner = await createUser();
    const tenant = await createTenant({ owner });
    const member = await createUser();
    await addMember({ tenant, user: member, role: "member" });
    const cookie = await signIn(owner);
    expect((await callJson("POST", "/me/onboarding/dismiss", { cookie })).body).toEqual({ dismissed: true });
    expect((await checklist(cookie)).dismissed).toBe(true);
    expect((await checklist(await signIn(member))).dismissed).toBe(false);

    const loner = await signIn(await createUser());
    const answer = await callJson<{ error: { code: string } }>("GET", "/me/onboarding", { cookie: loner });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe("no_active_tenant");
    expect((await call("GET", "/me/onboarding")).status).toBe(401);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}
