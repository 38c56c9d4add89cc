import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { jobs } from "@/db/schema/jobs";
import { statusChecks, statusDaily, statusIncidents } from "@/db/schema/status";
import { newId } from "@/lib/ids";
import { runChecks } from "@/lib/status/checks";
import { statusCheckJob, uptimeHistory } from "@/lib/status/store";
import { createUser } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

// The feed's route handler reads its title through next-intl's server API.
vi.mock("next-intl/server", () => import("./next-intl-server"));

type StatusJson = { status: string; components: { name: string; status: string }[]; incidents: { id: string }[] };
type Incident = { id: string; status: string; resolvedAt: string | null; updates: { status: string; body: string }[] };

let admin: string;
let adminId: string;

beforeAll(async () => {
  const user = await createUser({ platformAdmin: true });
  adminId = user.id;
  admin = await signInWithTotp(user);
});

// Each test starts from no stored checks and no open incident: the page's state is global.
beforeEach(async () => {
  await db.delete(statusChecks);
  await db.update(statusIncidents).set({ resolvedAt: new Date(), status: "resolved" });
});

const statusJson = () => callJson<StatusJson>("GET", "/status.json");
const component = (body: StatusJson, name: string) => body.components.find((c) => c.name === name)?.status;

describe("GET /status.json", () => {
  it("answers the contract's shape, cacheable, the overall state the worst component's", async () => {
    const res = await statusJson();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=30");
    expect(res.body.components.map((c) => c.name)).toEqual(["API", "Dashboard", "Background jobs", "Email", "Payments"]);
    // On a shared test database other files' dead jobs can degrade Email or Payments: the
    // contract is the shape and the worst-of rule, and the database and the API are up.
    const rank = ["operational", "degraded", "outage"];
    for (const c of res.body.components) expect(rank).toContain(c.status);
    expect(res.body.status).toBe(rank[Math.max(...res.body.components.map((c) => rank.indexOf(c.status)))]);
    expect(component(res.body, "API")).toBe("operational");
    expect(component(res.body, "Dashboard")).toBe("operational");
  });

  it("is degraded when the oldest due job has waited over 5 minutes, and an outage over 30", async () => {
    const id = newId("job");
    await db.insert(jobs).values({ id, name: "test.stuck", payload: {}, maxAttempts: 1, runAt: new Date(Date.now() - 10 * 60_000) });
    try {
      let res = await statusJson();
      expect(component(res.body, "Background jobs")).toBe("degraded");
      expect(res.body.status).toBe("degraded");
      await db.update(jobs).set({ runAt: new Date(Date.now() - 45 * 60_000) }).where(eq(jobs.id, id));
      res = await statusJson();
      expect(component(res.body, "Background jobs")).toBe("outage");
      expect(res.body.status).toBe("outage");
    } finally {
      await db.delete(jobs).where(eq(jobs.id, id));
    }
  });

  it("shows email degraded when email jobs died in the last hour", async () => {
    const id = newId("job");
    await db.insert(jobs).values({ id, name: "email.send", payload: {}, maxAttempts: 1, status: "dead" });
    try {
      expect(component((await statusJson()).body, "Email")).toBe("degraded");
    } finally {
      await db.delete(jobs).where(eq(jobs.id, id));
    }
  });

  it("reads the latest stored check while it is fresh (the cron job's), not a live one", async () => {
    await statusCheckJob.run({}, { jobId: "job_test", attempt: 1 } as never);
    const stored = await db.select().from(statusChecks);
    expect(stored.map((c) => c.component).sort()).toEqual(["API", "Background jobs", "Dashboard", "Email", "Payments"]);
    await db.update(statusChecks).set({ status: "outage" }).where(eq(statusChecks.component, "Email"));
    expect(component((await statusJson()).body, "Email")).toBe("outage");
  });
});

describe("the checks job and the 90-day bars", () => {
  it("counts each run into its day, and shows grey for days with no checks", async () => {
    const component = "API";
    const today = new Date().toISOString().slice(0, 10);
    const [before] = await db.select().from(statusDaily).where(eq(statusDaily.day, today));
    await statusCheckJob.run({}, { jobId: "job_test", attempt: 1 } as never);
    await statusCheckJob.run({}, { jobId: "job_test", attempt: 1 } as never);
    const [after] = (await db.select().from(statusDaily).where(eq(statusDaily.day, today))).filter((r) => r.component === component);
    expect((after?.operational ?? 0) - (before?.component === component ? before.operational : 0)).toBeGreaterThanOrEqual(2);

    // A day with no checks (the demo seed, on a shared database, fills the others) is grey.
    const emptyDay = new Date(Date.now() - 80 * 86_400_000).toISOString().slice(0, 10);
    await db.delete(statusDaily).where(and(eq(statusDaily.component, component), eq(statusDaily.day, emptyDay)));
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await db.insert(statusDaily).values({ component, day: twoDaysAgo, operational: 270, degraded: 0, outage: 18 }).onConflictDoUpdate({ target: [statusDaily.component, statusDaily.day], set: { operational: 270, degraded: 0, outage: 18 } });
    const history = (await uptimeHistory()).find((h) => h.name === component)!;
    expect(history.bars).toHaveLength(90);
    expect(history.bars.at(-1)!.day).toBe(today);
    expect(history.bars.find((b) => b.day === twoDaysAgo)).toEqual({ day: twoDaysAgo, status: "outage", uptime: 270 / 288, checks: 288 });
    expect(history.bars.find((b) => b.day === emptyDay)).toEqual({ day: emptyDay, status: "none", uptime: null, checks: 0 });
  });

  it("turns a check that throws into an outage of its component, not a failed run", async () => {
    const results = await runChecks([{ name: "Broken", run: () => Promise.reject(new Error("connection refused")) }]);
    expect(results).toEqual([expect.objectContaining({ name: "Broken", status: "outage", detail: "connection refused" })]);
  });
});

describe("incidents", () => {
  it("open → update → resolve, shown on /status.json while open, audited, and closed to updates after", async () => {
    // What the checks say of Payments without the incident (other files' billing jobs may have degraded it).
    const checked = component((await statusJson()).body, "Payments");
    const opened = await callJson<Incident>("POST", "/platform/status/incidents", {
      cookie: admin,
      body: { title: "Payments failing", impact: "outage", components: ["Payments"], message: "Card payments fail at checkout." },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: "investigating", resolvedAt: null, updates: [{ status: "investigating", body: "Card payments fail at checkout." }] });
    const id = opened.body.id;

    let live = (await statusJson()).body;
    expect(component(live, "Payments")).toBe("outage");
    expect(live.status).toBe("outage");
    expect(live.incidents.map((i) => i.id)).toContain(id);

    const identified = await callJson<Incident>("POST", `/platform/status/incidents/${id}/updates`, { cookie: admin, body: { status: "identified", body: "The provider is down." } });
    expect(identified.status).toBe(201);
    expect(identified.body.status).toBe("identified");
    const resolved = await callJson<Incident>("POST", `/platform/status/incidents/${id}/updates`, { cookie: admin, body: { status: "resolved", body: "Payments work again." } });
    expect(resolved.body.resolvedAt).not.toBeNull();
    expect(resolved.body.updates.map((u) => u.status)).toEqual(["investigating", "identified", "resolved"]);

    live = (await statusJson()).body;
    expect(component(live, "Payments")).toBe(checked);
    expect(live.incidents.map((i) => i.id)).not.toContain(id);

    const late = await callJson<{ error: { code: string } }>("POST", `/platform/status/incidents/${id}/updates`, { cookie: admin, body: { status: "monitoring", body: "Again?" } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("incident_resolved");

    const audit = await db.select().from(auditLogs).where(eq(auditLogs.targetId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["status.incident_opened", "status.incident_updated", "status.incident_updated"]);
    expect(audit.every((a) => a.actorId === adminId)).toBe(true);
  });

  it("edits title, impact and components; 404 incident_not_found for an unknown id", async () => {
    const { body } = await callJson<Incident>("POST", "/platform/status/incidents", { cookie: admin, body: { title: "Slow", impact: "degraded", components: ["API"], message: "Slow responses." } });
    const edited = await callJson<{ impact: string; components: string[] }>("PATCH", `/platform/status/incidents/${body.id}`, { cookie: admin, body: { impact: "outage", components: ["API", "Dashboard"] } });
    expect(edited.body).toMatchObject({ impact: "outage", components: ["API", "Dashboard"] });
    expect(component((await statusJson()).body, "Dashboard")).toBe("outage");
    const missing = await callJson<{ error: { code: string } }>("GET", "/platform/status/incidents/inc_missing", { cookie: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("incident_not_found");
  });

  it("refuses bad input with 422 and hides the routes from everyone but platform admins", async () => {
    for (const body of [{ title: "", impact: "outage", components: ["API"], message: "x" }, { title: "x", impact: "meh", components: ["API"], message: "x" }, { title: "x", impact: "outage", components: ["Database"], message: "x" }, { title: "x", impact: "outage", components: [], message: "x" }]) {
      const res = await callJson<{ error: { code: string } }>("POST", "/platform/status/incidents", { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    const member = await signIn(await createUser({}));
    expect((await call("GET", "/platform/status/incidents", { cookie: member })).status).toBe(404);
    expect((await call("POST", "/platform/status/incidents", { cookie: member, body: { title: "x", impact: "outage", components: ["API"], message: "x" } })).status).toBe(404);
    expect((await call("GET", "/platform/status/incidents")).status).toBe(401);
  });
});

describe("the incidents feed", () => {
  it("is RSS 2.0 with every update as an item, the admins' text escaped", async () => {
    const { body } = await callJson<Incident>("POST", "/platform/status/incidents", {
      cookie: admin,
      body: { title: "<script>alert(1)</script> & co", impact: "degraded", components: ["Email"], message: "Mail is <b>slow</b>." },
    });
    const { GET } = await import("@/app/[locale]/(marketing)/status/rss.xml/route");
    const res = await GET(new Request("http://localhost:3000/status/rss.xml"), { params: Promise.resolve({ locale: "en" }) });
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co — investigating");
    expect(xml).toContain("Mail is &lt;b&gt;slow&lt;/b&gt;.");
    expect(xml).toContain(`#${body.id}</link>`);
    // Balanced: as many closing as opening items, and the channel closes.
    expect(xml.split("<item>").length).toBe(xml.split("</item>").length);
    expect(xml.trimEnd().endsWith("</rss>")).toBe(true);
    await db.delete(statusIncidents).where(inArray(statusIncidents.id, [body.id]));
  });
});
