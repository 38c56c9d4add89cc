import { describe, expect, it } from "vitest";
import { createTeam } from "@/seed/factories";
import { call, callJson, signIn } from "./client";

describe("the request path", () => {
  it("answers 401 in the envelope when not signed in", async () => {
    const res = await callJson<{ error: { code: string; requestId: string } }>("GET", "/projects");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
    expect(res.body.error.requestId).toMatch(/^req_/);
  });

  it("maps malformed JSON to 400, schema failures to 422 with field paths, big bodies to 413", async () => {
    const { people } = await createTeam("path");
    const cookie = await signIn(people.owner);
    const broken = await callJson<{ error: { code: string } }>("POST", "/projects", { cookie, rawBody: '{"name": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("invalid_json");

    const invalid = await callJson<{ error: { code: string; fields: Record<string, string> } }>("POST", "/projects", {
      cookie,
      body: { name: "", description: 42 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe("validation_failed");
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["description", "name"]);

    const huge = await callJson<{ error: { code: string } }>("POST", "/projects", {
      cookie,
      body: { name: "x", description: "y".repeat(1024 * 1024 + 10) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("creates, reads, updates, trashes and restores a project", async () => {
    const { people } = await createTeam("crud");
    const cookie = await signIn(people.member);
    const created = await callJson<{ id: string; name: string; description: string | null; createdAt: string }>("POST", "/projects", {
      cookie,
      body: { name: "Apollo", description: "to the moon" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Apollo", description: "to the moon" });
    expect(created.body.id).toMatch(/^proj_/);

    const list = await callJson<{ data: { id: string }[]; nextCursor: string | null }>("GET", "/projects", { cookie });
    expect(list.body.data.map((p) => p.id)).toContain(created.body.id);

    const patched = await callJson<{ name: string }>("PATCH", `/projects/${created.body.id}`, { cookie, body: { name: "Artemis" } });
    expect(patched.body.name).toBe("Artemis");

    // Members may not delete; the owner may.
    expect((await call("DELETE", `/projects/${created.body.id}`, { cookie })).status).toBe(403);
    const owner = await signIn(people.owner);
    expect((await call("DELETE", `/projects/${created.body.id}`, { cookie: owner })).status).toBe(200);
    expect((await call("GET", `/projects/${created.body.id}`, { cookie: owner })).status).toBe(404);
    const trash = await callJson<{ data: { id: string }[] }>("GET", "/projects?status=deleted", { cookie: owner });
    expect(trash.body.data.map((p) => p.id)).toContain(created.body.id);
    expect((await call("POST", `/projects/${created.body.id}/restore`, { cookie: owner })).status).toBe(200);
    expect((await call("GET", `/projects/${created.body.id}`, { cookie: owner })).status).toBe(200);
  });

  it("paginates with a cursor", async () => {
    const { people } = await createTeam("pages");
    const cookie = await signIn(people.owner);
    for (const name of ["a", "b", "c"]) await call("POST", "/projects", { cookie, body: { name } });
    const first = await callJson<{ data: { name: string }[]; nextCursor: string }>("GET", "/projects?limit=2", { cookie });
    expect(first.body.data.map((p) => p.name)).toEqual(["c", "b"]);
    const second = await callJson<{ data: { name: string }[]; nextCursor: null }>("GET", `/projects?limit=2&cursor=${first.body.nextCursor}`, { cookie });
    expect(second.body.data.map((p) => p.name)).toEqual(["a"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("refuses a project beyond the plan's limit with 402", async () => {
    const { people } = await createTeam("limit"); // free plan: 3 projects
    const cookie = await signIn(people.owner);
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call("POST", "/projects", { cookie, body: { name: `p${i}` } }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 402)).toHaveLength(3);
  });

  it("reports health: database reachable, job runner state, versions", async () => {
    const res = await callJson<{ ok: boolean; database: { ok: boolean; driver: string }; jobs: { ok: boolean; engine: string }; versions: { app: string; node: string } }>(
      "GET",
      "/internal/health",
    );
    expect(res.status).toBe(200);
    expect(res.body.database).toMatchObject({ ok: true });
    expect(["pglite", "postgres"]).toContain(res.body.database.driver);
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
