import { describe, expect, it } from "vitest";
import { z } from "zod";
import { access, getSessionFromHeaders } from "@/lib/app";
import { createRoute } from "@/lib/http";
import { scanRouteTable } from "@/lib/http/route-table";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";
import { discoverRoutes } from "./routes";

type Envelope = { error: { code: string; fields?: Record<string, string> } };

// The guards route() puts in front of every handler: the Origin check on cookie writes, the
// content type of JSON bodies, and strings Postgres cannot store. Core routes only (/me,
// /tenants), so the file holds with every optional module removed.
describe("request guards", () => {
  it("refuses a cookie write from a foreign or missing Origin with 403 invalid_origin, and changes nothing", async () => {
    const { people } = await createTeam("origin");
    const cookie = await signIn(people.owner);
    const attempts = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "http://localhost:3000.evil.example" },
      { origin: null },
      { origin: null, headers: { "sec-fetch-site": "same-site" } },
      { origin: "https://evil.example", headers: { "sec-fetch-site": "same-origin" } }, // Origin wins when present
    ];
    for (const attempt of attempts) {
      const res = await callJson<Envelope>("PATCH", "/me", { cookie, ...attempt, body: { name: "Mallory was here" } });
      expect(res.status, JSON.stringify(attempt)).toBe(403);
      expect(res.body.error.code).toBe("invalid_origin");
    }
    const me = await callJson<{ user: { name: string } }>("GET", "/me", { cookie });
    expect(me.body.user.name).toBe(people.owner.name);
  });

  it("accepts the app's own Origin, or Sec-Fetch-Site: same-origin when Origin is absent; reads are never blocked", async () => {
    const { people } = await createTeam("origin-ok");
    const cookie = await signIn(people.owner);
    expect((await callJson("PATCH", "/me", { cookie, body: { name: "From our page" } })).status).toBe(200);
    const fetchMeta = await callJson("PATCH", "/me", { cookie, origin: null, headers: { "sec-fetch-site": "same-origin" }, body: { name: "Same origin" } });
    expect(fetchMeta.status).toBe(200);
    expect((await callJson("GET", "/me", { cookie, origin: "https://evil.example" })).status).toBe(200);
    // Without a cookie there is nothing to forge: the answer is the usual 401.
    expect((await callJson("PATCH", "/me", { origin: "https://evil.example", body: { name: "x" } })).status).toBe(401);
  });

  it("exempts API keys: a key is not a cookie that a foreign page can make the browser send", async () => {
    const route = createRoute({
      getSession: getSessionFromHeaders,
      access,
      authenticateApiKey: async (req) =>
        req.headers.get("authorization") === "Bearer sk_test_key" ? { keyId: "key_1", tenantId: "org_1", environment: "test" as const, scopes: [], createdBy: null, creatorRole: null } : null,
    });
    const handler = route({ auth: ["session", "apiKey"], body: z.object({ n: z.number() }), response: z.object({ n: z.number() }) }, ({ body }) => body);
    const send = (headers: Record<string, string>) =>
      handler(new Request("http://localhost:3000/x", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: '{"n":1}' }), { params: Promise.resolve({}) });
    expect((await send({ authorization: "Bearer sk_test_key", origin: "https://elsewhere.example" })).status).toBe(200);
    expect((await send({ origin: "https://elsewhere.example" })).status).toBe(401);
  });

  it("answers 415 unsupported_media_type when a JSON route is sent another type; an empty body needs none", async () => {
    const { people } = await createTeam("media");
    const cookie = await signIn(people.owner);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp"]) {
      const res = await callJson<Envelope>("PATCH", "/me", { cookie, rawBody: '{"name":"Plain"}', headers: { "content-type": type } });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
    }
    const me = await callJson<{ user: { name: string } }>("GET", "/me", { cookie });
    expect(me.body.user.name).toBe(people.owner.name);
    const charset = await callJson("PATCH", "/me", { cookie, rawBody: '{"name":"Charset"}', headers: { "content-type": "Application/JSON; charset=utf-8" } });
    expect(charset.status).toBe(200);
    // No body, no type needed: the schema answers (PATCH /me wants at least one field), not the type check.
    const empty = await callJson<Envelope>("PATCH", "/me", { cookie, rawBody: "" });
    expect(empty.body.error.code).toBe("validation_failed");
    expect((await callJson("DELETE", "/me/sessions", { cookie })).status).toBe(200);
  });

  it("answers 422 naming the field for NUL bytes and lone surrogates in bodies, keys, queries and paths", async () => {
    const { people, tenant } = await createTeam("nul");
    const cookie = await signIn(people.owner);
    const cases: { method: "PATCH" | "POST"; path: string; input: { body?: unknown; rawBody?: string }; field: string }[] = [
      { method: "PATCH", path: "/me", input: { body: { name: "a\u0000b" } }, field: "name" },
      { method: "POST", path: "/tenants", input: { rawBody: '{"name":"x\\ud800y"}' }, field: "name" },
      { method: "PATCH", path: `/tenants/${tenant.id}`, input: { rawBody: '{"name":"ok","slug":"\\udc00"}' }, field: "slug" },
      { method: "PATCH", path: "/me", input: { body: { name: "ok", ["k\u0000"]: 1 } }, field: "k\u0000" },
    ];
    for (const { method, path, input, field } of cases) {
      const res = await callJson<Envelope>(method, path, { cookie, ...input });
      expect(res.status, `${method} ${path}`).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
      expect(Object.keys(res.body.error.fields ?? {})).toEqual([field]);
    }
    const query = await callJson<Envelope>("GET", `/tenants/${tenant.id}/members?cursor=%00`, { cookie });
    expect(query.status).toBe(422);
    expect(Object.keys(query.body.error.fields ?? {})).toEqual(["cursor"]);
    const param = await callJson<Envelope>("GET", "/tenants/org_%00", { cookie });
    expect(param.status).toBe(422);
    expect(Object.keys(param.body.error.fields ?? {})).toEqual(["tenantId"]);
  });

  it("reads the same methods from the route files' text as Next gets from their exports", async () => {
    // proxy.ts answers 404/405 from the scanned table: a method it misses would be refused in production.
    const scanned = new Map(scanRouteTable(`${process.cwd()}/app/(api)`).map((e) => [e.pattern, e.methods.sort()]));
    for (const route of await discoverRoutes()) {
      expect(scanned.get(route.pattern), route.file).toEqual(Object.keys(route.handlers).sort());
    }
  });
});
