import { describe, expect, it } from "vitest";
import { currentDriver } from "@/db/client";
import { createTeam, createUser } from "@/seed/factories";
import { discoverRoutes, type Method } from "./routes";
import { callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

describe("the request path", () => {
  it("has every route declare its response schema, or answer 204 with no body", async () => {
    const missing: string[] = [];
    for (const route of await discoverRoutes()) {
      for (const [method, handler] of Object.entries(route.handlers) as [Method, (typeof route.handlers)[Method]][]) {
        if (!handler?.meta.response && handler?.meta.status !== 204) missing.push(`${method} ${route.pattern}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("answers 401 in the envelope when not signed in", async () => {
    const res = await callJson<{ error: { code: string; requestId: string } }>("GET", "/me");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
    expect(res.body.error.requestId).toMatch(/^req_/);
  });

  it("maps malformed JSON to 400, schema failures to 422 with field paths, big bodies to 413", async () => {
    const { tenant, people } = await createTeam("path");
    const cookie = await signIn(people.owner);
    const broken = await callJson<{ error: { code: string } }>("POST", "/tenants", { cookie, rawBody: '{"name": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("invalid_json");

    const invalid = await callJson<{ error: { code: string; fields: Record<string, string> } }>("PATCH", `/tenants/${tenant.id}`, {
      cookie,
      body: { name: "", slug: "Not A Slug!" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe("validation_failed");
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["name", "slug"]);

    const huge = await callJson<{ error: { code: string } }>("POST", "/tenants", {
      cookie,
      body: { name: "x", padding: "y".repeat(1024 * 1024 + 10) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("paginates with a cursor", async () => {
    const { tenant, people } = await createTeam("pages"); // five members, one per role
    const cookie = await signIn(people.owner);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await callJson("GET", `/tenants/${tenant.id}/members${query}`, { cookie });
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((m) => m.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  it("reports health to a platform admin: database reachable, job runner state, versions", async () => {
    const admin = await createUser({ platformAdmin: true });
    const res = await callJson<{ ok: boolean; database: { ok: boolean; driver: string }; jobs: { ok: boolean; engine: string }; versions: { app: string; node: string } }>(
      "GET",
      "/internal/health",
      { cookie: await signInWithTotp(admin) },
    );
    expect(res.status).toBe(200);
    expect(res.body.database).toMatchObject({ ok: true });
    expect(res.body.database.driver).toBe(currentDriver());
    expect(res.body.jobs).toMatchObject({ ok: true, engine: "in-process" }); // JOBS_RUNNER=off here: not this process's job
    expect(res.body.versions.node).toBe(process.version);
  });

  it("answers 500 with a request id and no stack for an unexpected error", async () => {
    const { route } = await import("@/lib/app");
    const handler = route({ auth: "public" }, () => {
      throw new Error("secret internal detail");
    });
    const res = await handler(new Request("http://localhost:3000/boom"), { params: Promise.resolve({}) });
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(res.status).toBe(500);
    expect(body.error.code).toBe("internal_error");
    expect(body.error.message).toContain(body.error.requestId);
    expect(JSON.stringify(body)).not.toContain("secret internal detail");
  });
});
