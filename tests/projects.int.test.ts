import { describe, expect, it } from "vitest";
import { createTeam } from "@/seed/factories";
import { createProject } from "@/seed/projects";
import { call, callJson, signIn } from "./client";

describe("projects", () => {
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

  it("refuses a project beyond the plan's limit with 402", async () => {
    const { people } = await createTeam("limit"); // free plan: 3 projects
    const cookie = await signIn(people.owner);
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call("POST", "/projects", { cookie, body: { name: `p${i}` } }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 402)).toHaveLength(3);
  });


  it("refuses a project past the free limit with 402 plan_limit_reached and an upgrade hint", async () => {
    const { tenant, people } = await createTeam("projects-limit");
    for (let i = 0; i < 3; i++) await createProject({ tenant, name: `kept ${i}` });
    const cookie = await signIn(people.owner);
    const res = await callJson<{ error: { code: string; message: string } }>("POST", "/projects", { cookie, body: { name: "one too many" }, headers: { "x-tenant-id": tenant.id } });
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe("plan_limit_reached");
  });

  it("answers 402 payment_required while the tenant is suspended, and keeps its projects readable", async () => {
    const { tenant, people } = await createTeam("projects-suspended", { plan: "pro", state: "suspended" });
    for (let i = 0; i < 3; i++) await createProject({ tenant, name: `kept ${i}` });
    const cookie = await signIn(people.owner);
    const blocked = await callJson<{ error: { code: string } }>("POST", "/projects", { cookie, body: { name: "over the free limit" }, headers: { "x-tenant-id": tenant.id } });
    expect(blocked.status).toBe(402);
    expect(blocked.body.error.code).toBe("payment_required");
    const list = await callJson<{ data: unknown[] }>("GET", "/projects", { cookie, headers: { "x-tenant-id": tenant.id } });
    expect(list.body.data).toHaveLength(3);
  });
});
