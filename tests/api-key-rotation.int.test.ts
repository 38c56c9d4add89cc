import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { auditLogs } from "@/db/schema/audit";
import { checkKey } from "@/lib/api-keys";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

type Key = {
  id: string;
  key: string;
  name: string;
  environment: string;
  scopes: string[];
  start: string;
  expiresAt: string | null;
  rateLimit: { limit: number; windowSeconds: number } | null;
  revokedAt: string | null;
  previousKey: { start: string; expiresAt: string } | null;
};
type Verify = { valid: boolean; reason?: string; keyId?: string };

let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;
const path = () => `/tenants/${team.tenant.id}/api-keys`;
const hour = 3_600_000;

async function createKey(body: Record<string, unknown> = {}) {
  const res = await callJson<Key>("POST", path(), { cookie: owner, body: { name: "rotated", environment: "test", scopes: ["projects:read"], ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function rotate(keyId: string, body: unknown, cookie = owner) {
  return callJson<Key & { error?: { code: string; fields?: Record<string, string> } }>("POST", `${path()}/${keyId}/rotate`, { cookie, body });
}

/** Through the public endpoint: the same checkKey, and its cache, that every API call uses. */
const verify = async (key: string) => (await callJson<Verify>("POST", "/v1/keys/verify", { body: { key } })).body;

beforeAll(async () => {
  team = await createTeam("rotation");
  owner = await signIn(team.people.owner);
});

describe("rotating an API key", () => {
  it("answers a new secret once for the same key and settings; both work during the overlap, the old one not after it", async () => {
    const expiresAt = new Date(Date.now() + 30 * 24 * hour).toISOString();
    const old = await createKey({ name: "CI", scopes: ["projects:read", "usage:read"], expiresAt, rateLimit: { limit: 50, windowSeconds: 60 } });
    expect(await verify(old.key)).toMatchObject({ valid: true, keyId: old.id }); // cached in this process

    const res = await rotate(old.id, { overlapSeconds: 3600 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const rotated = res.body;
    expect(rotated.key).toMatch(/^sk_test_[0-9A-Za-z]{30}$/);
    expect(rotated.key).not.toBe(old.key);
    expect(rotated).toMatchObject({ id: old.id, name: "CI", environment: "test", scopes: ["projects:read", "usage:read"], expiresAt, rateLimit: { limit: 50, windowSeconds: 60 }, start: rotated.key.slice(0, 12) });
    expect(rotated.previousKey?.start).toBe(old.start);
    const overlapEnds = new Date(rotated.previousKey!.expiresAt).getTime();
    expect(Math.abs(overlapEnds - (Date.now() + hour))).toBeLessThan(60_000);

    // During the overlap: both secrets act as the same key, over HTTP too.
    expect(await verify(rotated.key)).toMatchObject({ valid: true, keyId: old.id });
    expect(await verify(old.key)).toMatchObject({ valid: true, keyId: old.id });
    for (const key of [old.key, rotated.key]) expect((await callJson("GET", "/projects", { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);

    // At the overlap's end the old one stops, whatever is cached; the new one goes on.
    expect(await checkKey(old.key, overlapEnds - 1)).toMatchObject({ valid: true });
    expect(await checkKey(old.key, overlapEnds)).toEqual({ valid: false, reason: "expired" });
    expect(await checkKey(rotated.key, overlapEnds + hour)).toMatchObject({ valid: true });

    // The list shows the new start and the old secret while it works, never a secret.
    const list = await callJson<{ data: Key[] }>("GET", path(), { cookie: owner });
    const listed = list.body.data.find((k) => k.id === old.id);
    expect(listed).toMatchObject({ start: rotated.key.slice(0, 12), previousKey: { start: old.start }, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(rotated.key);

    const audits = await db.select({ action: auditLogs.action, data: auditLogs.data }).from(auditLogs).where(and(eq(auditLogs.targetId, old.id), eq(auditLogs.action, "api_key.rotated")));
    expect(audits).toEqual([{ action: "api_key.rotated", data: expect.objectContaining({ name: "CI", previousStart: old.start, start: rotated.start, overlapSeconds: 3600 }) }]);
    expect(JSON.stringify(audits)).not.toContain(rotated.key);
  });

  it("stops the old secret exactly when a short overlap ends, although it was cached for 10 s", async () => {
    const old = await createKey();
    expect(await verify(old.key)).toMatchObject({ valid: true });
    const rotated = await rotate(old.id, { overlapSeconds: 1 });
    expect(rotated.status).toBe(200);
    expect(await verify(old.key)).toMatchObject({ valid: true });
    await new Promise((resolve) => setTimeout(resolve, new Date(rotated.body.previousKey!.expiresAt).getTime() - Date.now() + 50));
    expect(await verify(old.key)).toEqual({ valid: false, reason: "expired" });
    expect((await callJson("GET", "/projects", { headers: { authorization: `Bearer ${old.key}` } })).status).toBe(401);
    expect(await verify(rotated.body.key)).toMatchObject({ valid: true });
  });

  it("with overlap 0 the old secret stops at once, even when cached", async () => {
    const old = await createKey();
    expect(await verify(old.key)).toMatchObject({ valid: true });
    const rotated = await rotate(old.id, { overlapSeconds: 0 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.previousKey).toBeNull();
    expect(await verify(old.key)).toEqual({ valid: false, reason: "expired" });
    expect(await verify(rotated.body.key)).toMatchObject({ valid: true });
  });

  it("keeps one replaced secret: rotating again ends the one before at once; revoking ends both", async () => {
    const first = await createKey();
    const second = (await rotate(first.id, { overlapSeconds: 86_400 })).body;
    const third = (await rotate(first.id, { overlapSeconds: 86_400 })).body;
    expect(third.previousKey?.start).toBe(second.start);
    expect(await verify(first.key)).toMatchObject({ valid: false, reason: "unknown" });
    expect(await verify(second.key)).toMatchObject({ valid: true });
    expect(await verify(third.key)).toMatchObject({ valid: true });

    expect((await callJson("DELETE", `${path()}/${first.id}`, { cookie: owner })).status).toBe(204);
    expect(await verify(second.key)).toEqual({ valid: false, reason: "revoked" });
    expect(await verify(third.key)).toEqual({ valid: false, reason: "revoked" });
  });

  it("never lets the old secret outlive the key's own expiry", async () => {
    const expiresAt = new Date(Date.now() + hour).toISOString();
    const old = await createKey({ expiresAt });
    const rotated = await rotate(old.id, { overlapSeconds: 7 * 86_400 });
    expect(rotated.body.previousKey?.expiresAt).toBe(expiresAt);
  });

  it.each([
    ["missing", {}],
    ["negative", { overlapSeconds: -1 }],
    ["over 7 days", { overlapSeconds: 604_801 }],
    ["fractional", { overlapSeconds: 1.5 }],
    ["a string", { overlapSeconds: "3600" }],
  ])("answers 422 for an overlap that is %s", async (_label, body) => {
    const key = await createKey();
    const res = await rotate(key.id, body);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "validation_failed", fields: { overlapSeconds: expect.any(String) } });
    expect(await verify(key.key)).toMatchObject({ valid: true }); // nothing rotated
  });

  it("is for owners and admins: a member gets 403, another tenant's owner 404; revoked is 404, expired 409", async () => {
    const key = await createKey();
    const member = await rotate(key.id, { overlapSeconds: 0 }, await signIn(team.people.member));
    expect(member.status).toBe(403);
    expect(member.body.error?.code).toBe("forbidden");
    const admin = await rotate(key.id, { overlapSeconds: 0 }, await signIn(team.people.admin));
    expect(admin.status).toBe(200);

    const other = await createTeam("rotation-other");
    const foreign = await callJson<{ error: { code: string } }>("POST", `/tenants/${other.tenant.id}/api-keys/${key.id}/rotate`, { cookie: await signIn(other.people.owner), body: { overlapSeconds: 0 } });
    expect(foreign.status).toBe(404);
    expect(await verify(admin.body.key)).toMatchObject({ valid: true }); // untouched by the intruder

    const unknown = await rotate("key_nope", { overlapSeconds: 0 });
    expect(unknown.status).toBe(404);

    const expired = await createKey({ expiresAt: new Date(Date.now() + hour).toISOString() });
    await db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expired.id));
    const late = await rotate(expired.id, { overlapSeconds: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe("conflict");

    expect((await callJson("DELETE", `${path()}/${key.id}`, { cookie: owner })).status).toBe(204);
    expect((await rotate(key.id, { overlapSeconds: 0 })).status).toBe(404);
  });
});

describe("listing revoked keys", () => {
  it("leaves revoked keys out by default and lists them, marked, with ?include=revoked", async () => {
    const kept = await createKey({ name: "kept" });
    const gone = await createKey({ name: "gone" });
    expect((await callJson("DELETE", `${path()}/${gone.id}`, { cookie: owner })).status).toBe(204);

    const active = await callJson<{ data: Key[] }>("GET", path(), { cookie: owner });
    expect(active.body.data.map((k) => k.id)).toContain(kept.id);
    expect(active.body.data.map((k) => k.id)).not.toContain(gone.id);

    const all = await callJson<{ data: Key[] }>("GET", `${path()}?include=revoked`, { cookie: owner });
    expect(all.status).toBe(200);
    const byId = new Map(all.body.data.map((k) => [k.id, k]));
    expect(byId.get(kept.id)?.revokedAt).toBeNull();
    expect(byId.get(gone.id)?.revokedAt).toEqual(expect.any(String));
    expect(JSON.stringify(all.body)).not.toContain(gone.key);

    // Members may read keys, revoked ones included.
    const member = await callJson<{ data: Key[] }>("GET", `${path()}?include=revoked&limit=100`, { cookie: await signIn(team.people.member) });
    expect(member.body.data.map((k) => k.id)).toContain(gone.id);

    // Pages through revoked keys like any other list.
    const first = await callJson<{ data: Key[]; nextCursor: string }>("GET", `${path()}?include=revoked&limit=1`, { cookie: owner });
    const second = await callJson<{ data: Key[] }>("GET", `${path()}?include=revoked&limit=1&cursor=${first.body.nextCursor}`, { cookie: owner });
    expect(second.body.data[0]!.id < first.body.data[0]!.id).toBe(true);
  });

  it("answers 422 for an unknown include", async () => {
    const res = await callJson<{ error: { code: string } }>("GET", `${path()}?include=everything`, { cookie: owner });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("validation_failed");
  });
});
