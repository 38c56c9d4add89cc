import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { authenticateApiKey, clearKeyCache, settleLastUsedWrites, verifyApiKey } from "@/lib/api-keys";
import { DomainError } from "@/lib/errors";
import type { CreditsPort } from "@/lib/manifest/ports";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

type Created = { id: string; key: string; name: string; environment: string; scopes: string[]; start: string; createdAt: string };

let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;
const path = () => `/tenants/${team.tenant.id}/api-keys`;

async function createKey(body: Record<string, unknown>, cookie = owner) {
  const res = await callJson<Created>("POST", path(), { cookie, body: { name: "k", environment: "live", scopes: [], ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const request = (key: string) => new Request("http://localhost/anything", { headers: bearer(key) });

/** Counts every statement the database client runs, whichever driver is in use. */
function countQueries() {
  const client = (db as unknown as { $client: Record<string, unknown> }).$client;
  let count = 0;
  const statements: string[] = [];
  let inside = false;
  const originals: [string, unknown][] = [];
  for (const name of ["query", "exec", "transaction", "connect"]) {
    const original = client[name];
    if (typeof original !== "function") continue;
    originals.push([name, original]);
    client[name] = (...args: unknown[]) => {
      // pg's Pool.query calls Pool.connect synchronously: count the outer call only.
      if (inside) return (original as (...a: unknown[]) => unknown).apply(client, args);
      count++;
      const first = args[0];
      statements.push(typeof first === "string" ? first : String((first as { text?: string } | undefined)?.text ?? name));
      inside = true;
      try {
        return (original as (...a: unknown[]) => unknown).apply(client, args);
      } finally {
        inside = false;
      }
    };
  }
  return {
    get count() {
      return count;
    },
    statements,
    restore() {
      for (const [name, original] of originals) client[name] = original;
    },
  };
}

beforeAll(async () => {
  team = await createTeam("api-keys");
  owner = await signIn(team.people.owner);
});

afterAll(async () => {
  await settleLastUsedWrites();
});

describe("managing API keys", () => {
  it("shows the key once on create, never in the list, and stores only its SHA-256", async () => {
    const created = await createKey({ name: "CI", scopes: ["projects:read"] });
    expect(created.key).toMatch(/^sk_live_[0-9A-Za-z]{30}$/);
    expect(created).toMatchObject({ name: "CI", environment: "live", scopes: ["projects:read"], start: created.key.slice(0, 12) });
    expect(created.id).toMatch(/^key_/);

    const list = await callJson<{ data: Record<string, unknown>[] }>("GET", path(), { cookie: owner });
    expect(list.status).toBe(200);
    const listed = list.body.data.find((k) => k.id === created.id);
    expect(listed).toMatchObject({ name: "CI", start: created.key.slice(0, 12), rateLimit: null });
    expect(JSON.stringify(list.body)).not.toContain(created.key);
    expect(listed).not.toHaveProperty("key");
    expect(listed).not.toHaveProperty("keyHash");

    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row?.keyHash).toBe(createHash("sha256").update(created.key).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.key);
  });

  it.each([
    ["a member (read-only on keys) cannot create", "member", { scopes: [] }, 403, "forbidden"],
    ["a viewer cannot even list", "viewer", null, 403, "forbidden"],
    ["an admin cannot grant tenant:write (no delete/transfer of the tenant)", "admin", { scopes: ["tenant:write"] }, 403, "forbidden"],
    ["an unknown scope is 422", "owner", { scopes: ["projects:fly"] }, 422, "validation_failed"],
    ["an expiry in the past is 422", "owner", { scopes: [], expiresAt: "2001-01-01T00:00:00Z" }, 422, "validation_failed"],
  ] as const)("%s", async (_label, role, body, status, code) => {
    const cookie = role === "owner" ? owner : await signIn(team.people[role]);
    const res = body
      ? await callJson("POST", path(), { cookie, body: { name: "x", environment: "test", ...body } })
      : await callJson("GET", path(), { cookie });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: { code } });
  });

  it("lets an admin grant what an admin may do", async () => {
    const admin = await signIn(team.people.admin);
    const created = await createKey({ scopes: ["projects:write", "usage:write"], environment: "test" }, admin);
    expect(created.scopes).toEqual(["projects:write", "usage:write"]);
  });

  it("renames, rescopes and revokes; another tenant's key is a 404", async () => {
    const created = await createKey({ scopes: ["projects:read"] });
    const patched = await callJson("PATCH", `${path()}/${created.id}`, { cookie: owner, body: { name: "renamed", rateLimit: { limit: 5, windowSeconds: 10 } } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "renamed", rateLimit: { limit: 5, windowSeconds: 10 } });

    const other = await createTeam("api-keys-other");
    const otherOwner = await signIn(other.people.owner);
    const foreign = await callJson("DELETE", `/tenants/${other.tenant.id}/api-keys/${created.id}`, { cookie: otherOwner });
    expect(foreign.status).toBe(404);

    const revoked = await callJson("DELETE", `${path()}/${created.id}`, { cookie: owner });
    expect(revoked.status).toBe(204);
    const again = await callJson("DELETE", `${path()}/${created.id}`, { cookie: owner });
    expect(again.status).toBe(404);
    const list = await callJson<{ data: { id: string }[] }>("GET", path(), { cookie: owner });
    expect(list.body.data.map((k) => k.id)).not.toContain(created.id);
  });
});

describe("authenticating with an API key", () => {
  it("answers 403 insufficient_scope without the scope and 200 with it, with RateLimit headers", async () => {
    const without = await createKey({ scopes: ["usage:write"] });
    const withScope = await createKey({ scopes: ["projects:read"] });
    const refused = await callJson("GET", "/projects", { headers: bearer(without.key) });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: "insufficient_scope" } });

    const ok = await callJson<{ data: unknown[] }>("GET", "/projects", { headers: { "x-api-key": withScope.key } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-limit")).toBe("600");
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBeLessThan(600);

    const foreignTenant = await callJson("GET", `/tenants/someone-else/api-keys`, { headers: bearer(withScope.key) });
    expect(foreignTenant.status).toBe(401); // key-management routes take sessions only
  });

  it.each([
    ["malformed", "sk_live_nope"],
    ["unknown (valid checksum, no row)", "generate"],
  ])("answers 401 for a %s key", async (_label, key) => {
    const { generateKey } = await import("@/lib/api-keys");
    const res = await callJson("GET", "/projects", { headers: bearer(key === "generate" ? generateKey("live") : key) });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("does no database round trip on the warm path", async () => {
    // A tenant whose plan allows the burst (free tenants get 120 a minute across their keys).
    const big = await createTeam("api-keys-warm", { plan: "enterprise", state: "active" });
    const bigOwner = await signIn(big.people.owner);
    const created = (await callJson<Created>("POST", `/tenants/${big.tenant.id}/api-keys`, { cookie: bigOwner, body: { name: "warm", environment: "live", scopes: ["projects:read"] } })).body;
    await authenticateApiKey(request(created.key)); // cold: one read (and the first last-used write)
    await settleLastUsedWrites();
    const counter = countQueries();
    try {
      for (let i = 0; i < 500; i++) {
        const principal = await authenticateApiKey(request(created.key));
        expect(principal?.keyId).toBe(created.id);
      }
      await settleLastUsedWrites();
      expect(counter.count).toBe(0);
    } finally {
      counter.restore();
    }
  });

  it("reads the database once on a cold miss", async () => {
    const created = await createKey({ scopes: [] });
    clearKeyCache();
    const counter = countQueries();
    try {
      await authenticateApiKey(request(created.key));
      // One read; the last-used write is the other statement, started but not awaited.
      expect(counter.statements.filter((q) => /^select/i.test(q))).toHaveLength(1);
      expect(counter.statements.filter((q) => !/^select/i.test(q))).toEqual([expect.stringMatching(/^update "api_keys" set "last_used_at"/)]);
    } finally {
      counter.restore();
      await settleLastUsedWrites();
    }
  });

  it("refuses a revoked key at once, even when it was cached", async () => {
    const created = await createKey({ scopes: ["projects:read"] });
    expect((await callJson("GET", "/projects", { headers: bearer(created.key) })).status).toBe(200);
    expect((await callJson("DELETE", `${path()}/${created.id}`, { cookie: owner })).status).toBe(204);
    const after = await callJson("GET", "/projects", { headers: bearer(created.key) });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { message: "That API key has been revoked." } });
  });

  it("refuses an expired key", async () => {
    const created = await createKey({ scopes: ["projects:read"], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, created.id));
    clearKeyCache();
    const res = await callJson("GET", "/projects", { headers: bearer(created.key) });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { message: "That API key has expired." } });
  });

  it("applies the key's own rate limit: 429 with Retry-After and RateLimit headers", async () => {
    const created = await createKey({ scopes: ["projects:read"], rateLimit: { limit: 2, windowSeconds: 60 } });
    for (let i = 0; i < 2; i++) expect((await callJson("GET", "/projects", { headers: bearer(created.key) })).status).toBe(200);
    const limited = await callJson("GET", "/projects", { headers: bearer(created.key) });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-limit")).toBe("2");
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
  });

  it("applies the tenant-wide limit across all its keys (free plan: 120 a minute)", async () => {
    const small = await createTeam("api-keys-tenant-limit");
    const cookie = await signIn(small.people.owner);
    const make = async () => (await callJson<Created>("POST", `/tenants/${small.tenant.id}/api-keys`, { cookie, body: { name: "k", environment: "test", scopes: [] } })).body.key;
    const [a, b] = [await make(), await make()];
    for (let i = 0; i < 60; i++) {
      await authenticateApiKey(request(a));
      await authenticateApiKey(request(b));
    }
    await expect(authenticateApiKey(request(a))).rejects.toMatchObject({ kind: "rate_limited", message: expect.stringContaining("tenant") });
  });

  it("writes lastUsedAt off the request path", async () => {
    const created = await createKey({ scopes: [] });
    await authenticateApiKey(request(created.key));
    await settleLastUsedWrites();
    const [row] = await db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("POST /v1/keys/verify", () => {
  it("answers 200 with the key's tenant, scopes and limit, or valid:false with a reason", async () => {
    const created = await createKey({ scopes: ["projects:read", "usage:write"], environment: "test" });
    const ok = await callJson("POST", "/v1/keys/verify", { body: { key: created.key } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, keyId: created.id, tenantId: team.tenant.id, environment: "test", permissions: ["projects:read", "usage:write"], rateLimit: { limit: 600 } });

    // Flip the last checksum character to a different one, so the key always changes.
    const tampered = created.key.slice(0, -1) + (created.key.endsWith("0") ? "1" : "0");
    const bad = await callJson("POST", "/v1/keys/verify", { body: { key: tampered } });
    expect(bad.status).toBe(200);
    expect(bad.body).toEqual({ valid: false, reason: expect.stringMatching(/malformed/) });

    await callJson("DELETE", `${path()}/${created.id}`, { cookie: owner });
    const revoked = await callJson("POST", "/v1/keys/verify", { body: { key: created.key } });
    expect(revoked.body).toEqual({ valid: false, reason: "revoked" });
  });
});

/** A credits port with a balance in memory: what api-keys needs of credits, without the module. */
function fakeCredits(start: number) {
  let balance = start;
  const answered = new Map<string, { balance: number; duplicate: boolean }>();
  const port: CreditsPort = {
    async spend(input) {
      const earlier = answered.get(input.idempotencyKey);
      if (earlier) return { ...earlier, duplicate: true };
      if (balance < input.amount) throw new DomainError("insufficient_credits", "payment_required", "Not enough credits.");
      balance -= input.amount;
      const result = { balance, duplicate: false };
      answered.set(input.idempotencyKey, result);
      return result;
    },
  };
  return { port, balance: () => balance };
}

describe("verifyApiKey()", () => {
  it("checks scopes and charges live keys, never test keys", async () => {
    const local = await createTeam("api-keys-credits");
    const cookie = await signIn(local.people.owner);
    const make = async (environment: string, scopes: string[]) =>
      (await callJson<Created>("POST", `/tenants/${local.tenant.id}/api-keys`, { cookie, body: { name: environment, environment, scopes } })).body.key;
    const live = await make("live", ["usage:write"]);
    const test = await make("test", ["usage:write"]);
    const credits = fakeCredits(5);

    const call = (key: string, idempotencyKey?: string) =>
      new Request("http://localhost/v1/thing", { headers: { ...bearer(key), ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) } });
    await expect(verifyApiKey(call(live), { require: ["projects:read"] })).rejects.toMatchObject({ kind: "forbidden", code: "insufficient_scope" });

    const charged = await verifyApiKey(call(live, "once"), { require: ["usage:write"], cost: 3, credits: credits.port });
    expect(charged.charge).toMatchObject({ balance: 2, duplicate: false });
    expect((await verifyApiKey(call(live, "once"), { cost: 3, credits: credits.port })).charge).toMatchObject({ duplicate: true });
    expect((await verifyApiKey(call(test), { cost: 3, credits: credits.port })).charge).toBeNull();
    expect(credits.balance()).toBe(2);
    await expect(verifyApiKey(call(live), { cost: 3, credits: credits.port })).rejects.toMatchObject({ kind: "payment_required", code: "insufficient_credits" });
    await expect(verifyApiKey(new Request("http://localhost/"))).rejects.toMatchObject({ kind: "unauthenticated" });
    // Without a credits port (the credits module removed) a cost charges nothing.
    expect((await verifyApiKey(call(live, "free"), { cost: 3 })).charge).toBeNull();
  });
});
