import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { auditLogs } from "@/db/schema/audit";
import { tenantMembers } from "@/db/schema/tenants";
import { clearKeyCache, createApiKey, generateKey, settleLastUsedWrites, verifyApiKey } from "@/lib/api-keys";
import { touchLastUsed } from "@/lib/api-keys/lookup";
import { guessLimit } from "@/lib/api-keys/verify-endpoint";
import { access } from "@/lib/app";
import { DomainError } from "@/lib/errors";
import type { CreditsPort } from "@/lib/manifest/ports";
import { systemContext } from "@/lib/tenants/context";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

// The edges of the api-keys module the main suites pass by: each case here was a mutant that
// survived `KEEL_MUTATE=api-keys npm run test:mutation` (a changed condition nobody noticed).

type Created = { id: string; key: string; name: string; scopes: string[]; expiresAt: string | null; rateLimit: { limit: number; windowSeconds: number } | null };
type Verify = { valid: boolean; reason?: string; permissions?: string[]; rateLimit?: { limit: number } };

let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;
const path = () => `/tenants/${team.tenant.id}/api-keys`;
let address = 0;
/** A caller address of its own per test, so the guessing budget of one never spills into another. */
const from = () => ({ "x-forwarded-for": `198.51.100.${++address}` });

async function createKey(body: Record<string, unknown> = {}, cookie = owner) {
  const res = await callJson<Created>("POST", path(), { cookie, body: { name: "edge", environment: "test", scopes: [], ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const verify = async (key: string, headers = from()) => (await callJson<Verify>("POST", "/v1/keys/verify", { body: { key }, headers })).body;
const auditsOf = (targetId: string) => db.select({ action: auditLogs.action, data: auditLogs.data }).from(auditLogs).where(eq(auditLogs.targetId, targetId));

beforeAll(async () => {
  team = await createTeam("key-edges", { plan: "pro", state: "active" });
  owner = await signIn(team.people.owner);
});

afterAll(() => settleLastUsedWrites());

describe("managing keys", () => {
  it("dedupes and sorts scopes, keeps the expiry, and audits what was granted", async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await createKey({ scopes: ["projects:write", "members:read", "projects:write"], expiresAt });
    expect(created.scopes).toEqual(["members:read", "projects:write"]);
    expect(created.expiresAt).toBe(expiresAt);
    expect(await auditsOf(created.id)).toEqual([{ action: "api_key.created", data: { name: "edge", environment: "test", scopes: ["members:read", "projects:write"] } }]);
  });

  it("names an unknown scope in the field error", async () => {
    const res = await callJson<{ error: { code: string; fields: Record<string, string> } }>("POST", path(), { cookie: owner, body: { name: "x", environment: "test", scopes: ["nonsense:read"] } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.scopes).toMatch(/^Unknown scope nonsense:read\. Known: /);
  });

  it("refuses to widen a key past the role of the person changing it, naming the scope", async () => {
    const beyond = access.scopesBeyondRole("admin", access.scopes);
    expect(beyond.length).toBeGreaterThan(0);
    const admin = await signIn(team.people.admin);
    const created = await createKey({}, admin);
    const res = await callJson<{ error: { code: string; message: string } }>("PATCH", `${path()}/${created.id}`, { cookie: admin, body: { scopes: [beyond[0]] } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(beyond[0]);
    expect(res.body.error.message).toContain("admin");
  });

  it("changes only what a PATCH names: a rename keeps the rate limit, null clears it; both audited", async () => {
    const created = await createKey({ rateLimit: { limit: 7, windowSeconds: 30 } });
    expect(created.rateLimit).toEqual({ limit: 7, windowSeconds: 30 });
    const renamed = await callJson<Created>("PATCH", `${path()}/${created.id}`, { cookie: owner, body: { name: "renamed" } });
    expect(renamed.body).toMatchObject({ name: "renamed", rateLimit: { limit: 7, windowSeconds: 30 } });
    const cleared = await callJson<Created>("PATCH", `${path()}/${created.id}`, { cookie: owner, body: { rateLimit: null } });
    expect(cleared.body.rateLimit).toBeNull();
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row).toMatchObject({ rateLimitLimit: null, rateLimitWindowSeconds: null });
    const audits = await auditsOf(created.id);
    expect(audits.filter((a) => a.action === "api_key.updated").map((a) => a.data)).toEqual([{ name: "renamed" }, { rateLimit: null }]);
  });

  it("answers 422 to an empty PATCH and 404 to an unknown key, for update and revoke", async () => {
    const created = await createKey();
    expect((await callJson("PATCH", `${path()}/${created.id}`, { cookie: owner, body: {} })).status).toBe(422);
    for (const method of ["PATCH", "DELETE"] as const) {
      const res = await callJson<{ error: { message: string } }>(method, `${path()}/key_unknown`, { cookie: owner, body: method === "PATCH" ? { name: "x" } : undefined });
      expect(res.status, method).toBe(404);
      expect(res.body.error.message).toBe("API key not found.");
    }
  });

  it("audits a revocation with the key's name", async () => {
    const created = await createKey({ name: "doomed" });
    expect((await callJson("DELETE", `${path()}/${created.id}`, { cookie: owner })).status).toBe(204);
    expect(await auditsOf(created.id)).toContainEqual({ action: "api_key.revoked", data: { name: "doomed" } });
  });

  it("pages the list with a cursor", async () => {
    const other = await createTeam("key-pages");
    const cookie = await signIn(other.people.owner);
    for (const name of ["a", "b", "c"]) {
      const res = await callJson("POST", `/tenants/${other.tenant.id}/api-keys`, { cookie, body: { name, environment: "test", scopes: [] } });
      expect(res.status).toBe(201);
    }
    const first = await callJson<{ data: { name: string }[]; nextCursor: string | null }>("GET", `/tenants/${other.tenant.id}/api-keys?limit=2`, { cookie });
    expect(first.body.data.map((k) => k.name)).toEqual(["c", "b"]);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await callJson<{ data: { name: string }[]; nextCursor: string | null }>("GET", `/tenants/${other.tenant.id}/api-keys?limit=2&cursor=${first.body.nextCursor}`, { cookie });
    expect(second.body).toEqual({ data: [expect.objectContaining({ name: "a" })], nextCursor: null });
  });

  it("audits the keys a deleted tenant takes with it", async () => {
    const doomed = await createTeam("key-tenant-gone");
    const cookie = await signIn(doomed.people.owner);
    const res = await callJson<Created>("POST", `/tenants/${doomed.tenant.id}/api-keys`, { cookie, body: { name: "k", environment: "test", scopes: [] } });
    expect((await callJson("DELETE", `/tenants/${doomed.tenant.id}`, { cookie })).status).toBe(204);
    expect(await auditsOf(res.body.id)).toContainEqual({ action: "api_key.revoked", data: { name: "k", reason: "tenant_deleted" } });
  });
});

describe("checking keys", () => {
  it("refuses a key whose creator is no longer a member, even when the removal's revocation was missed", async () => {
    const admin = await signIn(team.people.admin);
    const created = await createKey({}, admin);
    expect((await verify(created.key)).valid).toBe(true);
    // A membership row deleted behind the app's back: the hook that revokes keys never ran.
    const [membership] = await db.select().from(tenantMembers).where(and(eq(tenantMembers.tenantId, team.tenant.id), eq(tenantMembers.userId, team.people.admin.id)));
    await db.delete(tenantMembers).where(eq(tenantMembers.id, membership!.id));
    clearKeyCache();
    try {
      expect(await verify(created.key)).toEqual({ valid: false, reason: "revoked" });
    } finally {
      await db.insert(tenantMembers).values(membership!);
      clearKeyCache();
    }
  });

  it("keeps a key the system made (no creator) working with every scope it holds", async () => {
    const scopes = ["members:read", "projects:write"];
    const created = await createApiKey(systemContext(team.tenant.id), { name: "system", environment: "test", scopes }, { scopes, scopesBeyondRole: () => [] });
    expect(await verify(created.key)).toMatchObject({ valid: true, permissions: scopes });
  });

  it("answers rate_limited, not an error, once a key is over its own limit", async () => {
    const created = await createKey({ rateLimit: { limit: 1, windowSeconds: 60 } });
    expect(await verify(created.key)).toMatchObject({ valid: true, rateLimit: { limit: 1 } });
    expect(await verify(created.key)).toEqual({ valid: false, reason: "rate_limited" });
  });

  it("counts only unknown and malformed keys toward the guessing budget, never real ones", async () => {
    const created = await createKey({ rateLimit: { limit: 1_000, windowSeconds: 60 } });
    const headers = from();
    for (let i = 0; i <= guessLimit.limit; i++) expect((await verify(created.key, headers)).valid).toBe(true);
    const unknownFrom = from();
    for (let i = 0; i < guessLimit.limit; i++) expect((await verify(generateKey("test"), unknownFrom)).reason).toBe("unknown");
    const refused = await callJson<{ error: { code: string } }>("POST", "/v1/keys/verify", { body: { key: generateKey("test") }, headers: unknownFrom });
    expect(refused.status).toBe(429);
  });

  it("writes lastUsedAt at most once a minute per key, and not over a newer write from elsewhere", async () => {
    const created = await createKey();
    const start = Date.now();
    touchLastUsed(created.id, start);
    await settleLastUsedWrites();
    const lastUsed = async () => (await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id)))[0]!.at?.getTime();
    expect(await lastUsed()).toBe(start);
    touchLastUsed(created.id, start + 30_000);
    await settleLastUsedWrites();
    expect(await lastUsed()).toBe(start);
    touchLastUsed(created.id, start + 61_000);
    await settleLastUsedWrites();
    expect(await lastUsed()).toBe(start + 61_000);

    // Another process wrote 30 s ago: this one, seeing the key for the first time, leaves it.
    const fresh = await createKey();
    await db.update(apiKeys).set({ lastUsedAt: new Date(start - 30_000) }).where(eq(apiKeys.id, fresh.id));
    touchLastUsed(fresh.id, start);
    await settleLastUsedWrites();
    expect((await db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, fresh.id)))[0]!.at?.getTime()).toBe(start - 30_000);
  });
});

describe("verifyApiKey, for server code", () => {
  const charges: Parameters<CreditsPort["spend"]>[0][] = [];
  const credits: CreditsPort = {
    spend: async (input) => {
      charges.push(input);
      return { balance: 100, duplicate: false };
    },
  };
  const request = (headers: Record<string, string>) => new Request("http://localhost/v1/thing", { headers });
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it("asks for a key in the way the docs describe when none is sent", async () => {
    const error = await refusal(verifyApiKey(request({})));
    expect(error.code).toBe("unauthorized");
    expect(error.message).toContain("Authorization: Bearer sk_");
  });

  it("names the missing scope", async () => {
    const created = await createKey({ scopes: ["members:read"] });
    const error = await refusal(verifyApiKey(request({ authorization: `Bearer ${created.key}` }), { require: ["projects:write"] }));
    expect(error.code).toBe("insufficient_scope");
    expect(error.message).toContain("projects:write");
    expect(error.details.headers?.["RateLimit-Limit"]).toBeDefined();
  });

  it("charges a live key once per Idempotency-Key, scoped by key; never a test key; nothing without a port", async () => {
    charges.length = 0;
    const live = await createKey({ environment: "live" });
    const test = await createKey({ environment: "test" });
    const withKey = (key: string) => request({ authorization: `Bearer ${key}`, "idempotency-key": "retry-1" });
    const charged = await verifyApiKey(withKey(live.key), { cost: 3, credits });
    expect(charged.charge).toEqual({ balance: 100, duplicate: false });
    expect(charges).toEqual([{ tenantId: team.tenant.id, amount: 3, reason: "api call", idempotencyKey: `api-key:${live.id}:retry-1` }]);
    expect((await verifyApiKey(withKey(test.key), { cost: 3, credits })).charge).toBeNull();
    expect((await verifyApiKey(withKey(live.key), { cost: 3 })).charge).toBeNull();
    expect((await verifyApiKey(withKey(live.key), { credits })).charge).toBeNull();
    expect(charges).toHaveLength(1);
    await verifyApiKey(request({ "x-api-key": `  ${live.key}  ` }), { cost: 1, credits });
    expect(charges[1]!.idempotencyKey).toMatch(new RegExp(`^api-key:${live.id}:req_`));
  });
});
