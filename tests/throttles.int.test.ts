import { describe, expect, it } from "vitest";
import { tenantCreationLimit } from "@/lib/tenants/tenants";
import { createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { callJson, signIn } from "./client";

type Envelope = { error: { code: string } };

// Actions that cost someone else something are throttled per actor, whatever the store
// (in-process, or Redis on the Postgres pass in CI).
describe("throttles", () => {
  it("limits tenant creation per person, with Retry-After", async () => {
    const cookie = await signIn(await createUser());
    const statuses: number[] = [];
    for (let i = 0; i <= tenantCreationLimit.limit; i++) statuses.push((await callJson("POST", "/tenants", { cookie, body: { name: `T${i}` } })).status);
    expect(statuses.slice(0, tenantCreationLimit.limit).every((s) => s === 201)).toBe(true);
    const refused = await callJson<Envelope>("POST", "/tenants", { cookie, body: { name: "One too many" } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Someone else is not affected.
    expect((await callJson("POST", "/tenants", { cookie: await signIn(await createUser()), body: { name: "Mine" } })).status).toBe(201);
  });

  it("limits invitation emails to one recipient, counting resends", async () => {
    const { tenant, people } = await createTeam("spam", { plan: "pro", state: "active" });
    const cookie = await signIn(people.owner);
    const email = uniqueEmail("target");
    const invited = await callJson<{ id: string }>("POST", `/tenants/${tenant.id}/invitations`, { cookie, body: { email, role: "member" } });
    expect(invited.status).toBe(201);
    const resends: number[] = [];
    for (let i = 0; i < 5; i++) resends.push((await callJson("POST", `/tenants/${tenant.id}/invitations/${invited.body.id}/resend`, { cookie })).status);
    expect(resends).toEqual([200, 200, 200, 200, 429]);
  });
});
