import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { privacyRequests } from "@/db/schema/privacy";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { drainJobs } from "@/lib/app";
import { holdRequest, releaseRequest } from "@/lib/privacy/admin";
import { eraseRule } from "@/lib/privacy/map";
import { purgeDeletion } from "@/lib/privacy/purge";
import { addMember, createTeam, createTenant, createUser, uniqueEmail } from "@/seed/factories";
import { authPost, call, callJson, signIn } from "./client";

// eraseRule, wrapped so a test can make the purge crash part-way (after `crashAfter` more rules).
let crashAfter = Number.POSITIVE_INFINITY;
vi.mock("@/lib/privacy/map", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/privacy/map")>();
  return {
    ...original,
    eraseRule: vi.fn(async (...args: Parameters<typeof original.eraseRule>) => {
      if (crashAfter-- <= 0) throw new Error("simulated crash in the middle of a purge");
      return original.eraseRule(...args);
    }),
  };
});

afterEach(() => {
  crashAfter = Number.POSITIVE_INFINITY;
  delete process.env.PRIVACY_DELETION_GRACE_DAYS;
});

async function scheduleDeletion(user: { email: string; password: string }) {
  process.env.PRIVACY_DELETION_GRACE_DAYS = "0";
  const asked = await callJson<{ id: string }>("POST", "/privacy/requests", { cookie: await signIn(user), body: { type: "deletion", password: user.password } });
  expect(asked.status).toBe(202);
  return asked.body.id;
}

const statusOf = async (id: string) => (await db.select({ status: privacyRequests.status }).from(privacyRequests).where(eq(privacyRequests.id, id)))[0]?.status;

describe("the purge", () => {
  it("crashed half-way leaves the account as it was, and the next run completes it", async () => {
    const user = await createUser({ email: uniqueEmail("crash") });
    const team = await createTeam("crash-team");
    await addMember({ tenant: team.tenant, user, role: "member" });
    const id = await scheduleDeletion(user);
    vi.mocked(eraseRule).mockClear();

    crashAfter = 5;
    await expect(purgeDeletion(id)).rejects.toThrow(/simulated crash/);
    // One transaction: the five rules erased before the crash were rolled back with it.
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(1);
    expect(await db.select().from(tenantMembers).where(eq(tenantMembers.userId, user.id))).toHaveLength(1);
    expect(await statusOf(id)).toBe("scheduled");

    crashAfter = Number.POSITIVE_INFINITY;
    expect(await purgeDeletion(id)).toBe("purged");
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await db.select().from(tenantMembers).where(eq(tenantMembers.userId, user.id))).toEqual([]);
    expect(await purgeDeletion(id)).toBe("skipped");
  });

  it("skips a deletion on legal hold until an admin releases it, and holds only scheduled deletions", async () => {
    const admin = await createUser({ email: uniqueEmail("dpo"), platformAdmin: true });
    const user = await createUser({ email: uniqueEmail("held") });
    const id = await scheduleDeletion(user);
    const held = await holdRequest(admin.id, id, "litigation hold: case 42");
    expect(held).toMatchObject({ status: "held", holdReason: "litigation hold: case 42" });
    expect(await purgeDeletion(id)).toBe("skipped");
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(1);
    // Still refused at sign-in while held.
    const refused = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password });
    expect(refused.status).toBe(403);
    await expect(holdRequest(admin.id, id, "again")).rejects.toMatchObject({ code: "conflict" });

    expect(await releaseRequest(admin.id, id)).toMatchObject({ status: "scheduled", holdReason: null });
    expect(await purgeDeletion(id)).toBe("purged");
    await expect(releaseRequest(admin.id, id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("purges a deleted tenant after the grace period: its rows go, the tenant row stays as a nameless tombstone", async () => {
    process.env.PRIVACY_DELETION_GRACE_DAYS = "0";
    const owner = await createUser({ email: uniqueEmail("tenant-purge") });
    const tenant = await createTenant({ owner, name: "Tenant To Purge" });
    const other = await createUser({ email: uniqueEmail("tenant-purge-member") });
    await addMember({ tenant, user: other, role: "member" });
    const deleted = await call("DELETE", `/tenants/${tenant.id}`, { cookie: await signIn(owner) });
    expect(deleted.status).toBe(204);
    await drainJobs();

    const [request] = await db.select().from(privacyRequests).where(eq(privacyRequests.tenantId, tenant.id));
    expect(request).toMatchObject({ type: "tenant_deletion", status: "purged" });
    const [row] = await db.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row!.name).toMatch(/^anon_/);
    expect(row!.slug).toMatch(/^anon_/);
    expect(await db.select().from(tenantMembers).where(eq(tenantMembers.tenantId, tenant.id))).toEqual([]);
    const { rows } = await db.execute(sql`select count(*)::int as n from audit_logs where tenant_id = ${tenant.id}`);
    expect((rows[0] as { n: number }).n).toBe(0);
    // The people stay: only the tenant went.
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, other.id))).toHaveLength(1);
  });
});
