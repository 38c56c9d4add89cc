import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { tenantInvitations, tenantMembers } from "@/db/schema/tenants";
import { clearKeyCache } from "@/lib/api-keys";
import { createInvitation, createTeam, uniqueEmail } from "@/seed/factories";
import { callJson, signIn } from "./client";

type Verify = { valid: boolean; reason?: string; permissions?: string[] };

const verify = async (key: string) => (await callJson<Verify>("POST", "/v1/keys/verify", { body: { key } })).body;

async function mintKey(tenantId: string, cookie: string, scopes: string[]) {
  const res = await callJson<{ key: string; id: string }>("POST", `/tenants/${tenantId}/api-keys`, { cookie, body: { name: "mine", environment: "test", scopes } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function memberId(tenantId: string, userId: string) {
  const [row] = await db.select({ id: tenantMembers.id }).from(tenantMembers).where(and(eq(tenantMembers.tenantId, tenantId), eq(tenantMembers.userId, userId)));
  return row!.id;
}

// Access ends with membership: a key acts with its creator's authority, no longer and no further.
describe("API keys end with their creator's membership", () => {
  it("removing a member revokes their keys at once in this process, cancels their invitations, and audits both", async () => {
    const { tenant, people } = await createTeam("revoke");
    const owner = await signIn(people.owner);
    const admin = await signIn(people.admin);
    const key = await mintKey(tenant.id, admin, ["members:read"]);
    const invited = await createInvitation({ tenant, email: uniqueEmail("by-admin"), role: "member", inviter: people.admin });
    expect((await verify(key.key)).valid).toBe(true); // now cached in this process

    const removed = await callJson("DELETE", `/tenants/${tenant.id}/members/${await memberId(tenant.id, people.admin.id)}`, { cookie: owner });
    expect(removed.status).toBe(204);

    expect(await verify(key.key)).toEqual({ valid: false, reason: "revoked" });
    const [invitation] = await db.select({ status: tenantInvitations.status }).from(tenantInvitations).where(eq(tenantInvitations.id, invited.id));
    expect(invitation!.status).toBe("canceled");
    const audits = await db.select({ action: auditLogs.action, data: auditLogs.data }).from(auditLogs).where(eq(auditLogs.targetId, key.id));
    expect(audits).toContainEqual({ action: "api_key.revoked", data: expect.objectContaining({ reason: "creator_removed" }) });
  });

  it("a member who leaves takes their keys with them; other members' keys stay", async () => {
    const { tenant, people } = await createTeam("leave");
    const member = await signIn(people.admin);
    const owner = await signIn(people.owner);
    const leaving = await mintKey(tenant.id, member, ["members:read"]);
    const staying = await mintKey(tenant.id, owner, ["members:read"]);
    const left = await callJson("DELETE", `/tenants/${tenant.id}/members/${await memberId(tenant.id, people.admin.id)}`, { cookie: member });
    expect(left.status).toBe(204);
    expect((await verify(leaving.key)).reason).toBe("revoked");
    expect((await verify(staying.key)).valid).toBe(true);
  });

  it("deleting a tenant revokes every key it has", async () => {
    const { tenant, people } = await createTeam("gone");
    const owner = await signIn(people.owner);
    const key = await mintKey(tenant.id, owner, []);
    expect((await verify(key.key)).valid).toBe(true);
    expect((await callJson("DELETE", `/tenants/${tenant.id}`, { cookie: owner })).status).toBe(204);
    expect((await verify(key.key)).reason).toBe("revoked");
  });

  it("a demotion shrinks the creator's keys once the cache entry is stale", async () => {
    const { tenant, people } = await createTeam("demote");
    const owner = await signIn(people.owner);
    const admin = await signIn(people.admin);
    const key = await mintKey(tenant.id, admin, ["invitations:write", "members:read"]);
    expect((await verify(key.key)).permissions).toEqual(["invitations:write", "members:read"]);
    const demoted = await callJson("PATCH", `/tenants/${tenant.id}/members/${await memberId(tenant.id, people.admin.id)}`, { cookie: owner, body: { role: "viewer" } });
    expect(demoted.status).toBe(200);
    clearKeyCache(); // what the 10 s TTL does in every process
    expect((await verify(key.key)).permissions).toEqual(["members:read"]);
  });
});
