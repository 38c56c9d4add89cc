import { describe, expect, it } from "vitest";
import { provisionTenantsForUser } from "@/lib/tenants";
import { createInvitation, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn } from "./client";

type ErrorBody = { error: { code: string; message: string } };

describe("plans: entitlements are enforced", () => {
  it("refuses an invitation past the plan's seats with 402 seat_limit_reached and names the upgrade", async () => {
    // Five members (one per role) on the free plan's three seats: over, as after a downgrade.
    const { tenant, people } = await createTeam("seats-full");
    const owner = await signIn(people.owner);
    const res = await call("POST", `/tenants/${tenant.id}/invitations`, { cookie: owner, body: { email: uniqueEmail("one-more"), role: "member" } });
    const body = (await res.json()) as ErrorBody;
    expect(res.status).toBe(402);
    expect(body.error.code).toBe("seat_limit_reached");
    expect(body.error.message).toContain("Upgrade to Starter");
    expect(res.headers.get("x-upgrade-plan")).toBe("starter");
  });

  it("counts pending invitations as seats, and lets a tenant with room invite", async () => {
    const { tenant, people } = await createTeam("seats-pending", { plan: "starter", state: "active" }); // 10 seats, 5 taken
    const owner = await signIn(people.owner);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await call("POST", `/tenants/${tenant.id}/invitations`, { cookie: owner, body: { email: uniqueEmail(`seat-${i}`), role: "viewer" } })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 402]);
  });

  it("refuses to accept an invitation once the seats are full, and keeps it pending", async () => {
    const { tenant, people } = await createTeam("seats-accept"); // free: 3 seats, 5 members
    const invitee = await createUser({ email: uniqueEmail("late") });
    const invitation = await createInvitation({ tenant, email: invitee.email, role: "member", inviter: people.owner });
    const cookie = await signIn(invitee);
    const res = await callJson<ErrorBody>("POST", `/invitations/${invitation.id}/accept`, { cookie });
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe("seat_limit_reached");
    const mine = await callJson<{ data: { id: string }[] }>("GET", "/me/invitations", { cookie });
    expect(mine.body.data.map((i) => i.id)).toContain(invitation.id);
  });

  it("gives a verified invitee of a full tenant a tenant of their own instead of failing", async () => {
    const { tenant, people } = await createTeam("seats-signup");
    const email = uniqueEmail("signup-full");
    await createInvitation({ tenant, email, role: "member", inviter: people.owner });
    // Verified (a provider vouched for the address): provisioning would join, but no seat is free.
    const user = await createUser({ email, name: "Late Comer", emailVerified: true });
    await provisionTenantsForUser(user, []);
    const me = await callJson<{ tenants: { id: string; role: string }[] }>("GET", "/me", { cookie: await signIn(user) });
    expect(me.body.tenants).toHaveLength(1);
    expect(me.body.tenants[0]).toMatchObject({ role: "owner" });
    expect(me.body.tenants[0]!.id).not.toBe(tenant.id);
  });

  it("answers 402 on the audit log for a plan without audit_log, and 200 with it", async () => {
    const free = await createTeam("audit-free");
    const pro = await createTeam("audit-pro", { plan: "pro", state: "active" });
    const onFree = await callJson<ErrorBody>("GET", "/security/audit", { cookie: await signIn(free.people.owner), headers: { "x-tenant-id": free.tenant.id } });
    expect(onFree.status).toBe(402);
    expect(onFree.body.error.code).toBe("plan_limit_reached");
    expect(onFree.headers.get("x-upgrade-plan")).toBe("pro");
    expect((await call("GET", "/security/audit", { cookie: await signIn(pro.people.owner), headers: { "x-tenant-id": pro.tenant.id } })).status).toBe(200);
  });

  it("gives a suspended tenant 402 payment_required on paid features, whatever its plan", async () => {
    const { tenant, people } = await createTeam("audit-suspended", { plan: "pro", state: "suspended" });
    const res = await callJson<ErrorBody>("GET", "/security/audit", { cookie: await signIn(people.owner), headers: { "x-tenant-id": tenant.id } });
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe("payment_required");
  });
});
