import { and, between, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { analyticsEvents } from "@/db/schema/analytics";
import { events } from "@/db/schema/jobs";
import { users } from "@/db/schema/auth";
import { collect } from "@/lib/analytics/collect";
import { analyticsOverview } from "@/lib/analytics/overview";
import { rollUpClosedDays } from "@/lib/analytics/rollup";
import { createUser } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

const chrome = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const page = (path: string) => `http://localhost:3000${path}`;

/** A browser's request to the collect endpoint, from an address of its own. */
function beacon(body: unknown, headers: Record<string, string> = {}, ip = "203.0.113.7") {
  return call("POST", "/t/collect", { rawBody: JSON.stringify(body), headers: { "content-type": "text/plain;charset=UTF-8", "user-agent": chrome, "x-forwarded-for": ip, ...headers } });
}

/** What collect() does for a request, at a chosen time (days in tests are fixed, past and unshared). */
function collectAt(at: string, body: Parameters<typeof collect>[1], options: { ua?: string; ip?: string; headers?: Record<string, string> } = {}) {
  const req = new Request(page("/t/collect"), { method: "POST", headers: { "user-agent": options.ua ?? chrome, "x-forwarded-for": options.ip ?? "198.51.100.1", ...options.headers } });
  return collect(req, body, new Date(at));
}

const rowsFor = (path: string) => db.select().from(analyticsEvents).where(eq(analyticsEvents.path, path));

describe("GET /t.js", () => {
  it("serves the script as JavaScript, cacheable, with no cookie", async () => {
    const res = await call("GET", "/t.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("public");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.text()).toContain("/t/collect");
  });
});

describe("POST /t/collect", () => {
  it("answers 202 to a beacon (text/plain), sets no cookie, and keeps the path without its query", async () => {
    const res = await beacon({ n: "pageview", u: page("/collect-a?email=a@b.c&utm_source=Newsletter&utm_campaign=Launch#x"), r: "https://www.google.com/search?q=keel", w: 390 });
    expect(res.status).toBe(202);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.json()).toEqual({ accepted: 1 });
    const [row] = await rowsFor("/collect-a");
    expect(row).toMatchObject({ name: "pageview", source: "newsletter", utmCampaign: "launch", device: "mobile", screenWidth: 390 });
    expect(JSON.stringify(row)).not.toContain("a@b.c");
    expect(JSON.stringify(row)).not.toContain("203.0.113.7");
  });

  it("takes a batch as JSON, with custom events and their properties", async () => {
    const res = await call("POST", "/t/collect", {
      body: [
        { n: "pageview", u: page("/collect-b"), r: "https://github.com/keel" },
        { n: "signup_click", u: page("/collect-b"), p: { plan: "pro", seats: 3, annual: true } },
      ],
      headers: { "user-agent": firefox, "x-forwarded-for": "203.0.113.8" },
    });
    expect(res.status).toBe(202);
    const rows = await rowsFor("/collect-b");
    expect(rows.map((r) => [r.name, r.source, r.props])).toEqual(
      expect.arrayContaining([
        ["pageview", "github.com", {}],
        // A custom event carries no referrer: its visit's source is its first pageview's.
        ["signup_click", null, { plan: "pro", seats: 3, annual: true }],
      ]),
    );
  });

  it("answers 400 invalid_json to a broken body and 422 with the field to a wrong one", async () => {
    const broken = await call("POST", "/t/collect", { rawBody: "{not json", headers: { "content-type": "text/plain", "user-agent": chrome } });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe("invalid_json");
    for (const body of [{ n: "pageview", u: "javascript:alert(1)" }, { n: "", u: page("/") }, { n: "x", u: page("/"), w: -1 }, [], { n: "x", u: page("/"), p: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])) }]) {
      const res = await callJson<{ error: { code: string } }>("POST", "/t/collect", { body, headers: { "user-agent": chrome } });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
    }
  });

  it("drops bots, requests with no user agent, DNT and GPC, and other sites' pages, answering 202 all the same", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }, "googlebot"],
      [{ "user-agent": "curl/8.5.0" }, "curl"],
      [{ "user-agent": "HeadlessChrome/120.0 Safari/537.36" }, "headless"],
      [{ dnt: "1" }, "dnt"],
      [{ "sec-gpc": "1" }, "gpc"],
    ];
    for (const [headers, label] of cases) {
      const res = await beacon({ n: "pageview", u: page(`/dropped-${label}`) }, headers);
      expect(res.status, label).toBe(202);
      expect(await res.json(), label).toEqual({ accepted: 0 });
      expect(await rowsFor(`/dropped-${label}`), label).toEqual([]);
    }
    const foreign = await beacon({ n: "pageview", u: "https://elsewhere.example/dropped-foreign" });
    expect(await foreign.json()).toEqual({ accepted: 0 });
    expect(await rowsFor("/dropped-foreign")).toEqual([]);
  });
});

describe("visitors", () => {
  it("are one per browser and address per day, by the daily hash, and new the next day", async () => {
    const day1 = "2021-02-01T10:00:00Z";
    await collectAt(day1, { n: "pageview", u: page("/hash-a") });
    await collectAt("2021-02-01T10:05:00Z", { n: "pageview", u: page("/hash-b") });
    await collectAt("2021-02-01T10:06:00Z", { n: "pageview", u: page("/hash-a") }, { ua: firefox });
    await collectAt("2021-02-01T10:07:00Z", { n: "pageview", u: page("/hash-a") }, { ip: "198.51.100.2" });
    await collectAt("2021-02-02T09:00:00Z", { n: "pageview", u: page("/hash-a") });
    const rows = await db.select().from(analyticsEvents).where(between(analyticsEvents.day, "2021-02-01", "2021-02-02")).orderBy(analyticsEvents.id);
    const first = rows.filter((r) => r.day === "2021-02-01");
    expect(new Set(first.map((r) => r.visitor)).size).toBe(3);
    const [chromeOnDay1, chromeOnDay2] = [first[0]!.visitor, rows.find((r) => r.day === "2021-02-02")!.visitor];
    expect(first.filter((r) => r.visitor === chromeOnDay1)).toHaveLength(2);
    expect(chromeOnDay2).not.toBe(chromeOnDay1);
    for (const row of rows) expect(row.visitor).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const overview = await analyticsOverview({ from: "2021-02-01", to: "2021-02-02" });
    expect(overview).toMatchObject({ visitors: 4, pageviews: 5 });
  });
});

describe("GET /platform/analytics/overview", () => {
  let admin: string;
  beforeAll(async () => {
    admin = await signInWithTotp(await createUser({ platformAdmin: true }));
    // One visitor reads three pages over 10 minutes (a visit of 600 s), then returns after an
    // hour (a second, bounced visit); two others bounce, one from a campaign.
    const v1 = { ip: "192.0.2.1" };
    await collectAt("2021-03-01T08:00:00Z", { n: "pageview", u: page("/"), r: "https://news.ycombinator.com/" }, v1);
    await collectAt("2021-03-01T08:04:00Z", { n: "pageview", u: page("/pricing"), r: page("/") }, v1);
    await collectAt("2021-03-01T08:10:00Z", { n: "pageview", u: page("/docs"), r: page("/pricing") }, v1);
    await collectAt("2021-03-01T08:10:30Z", { n: "signup_click", u: page("/docs") }, v1);
    await collectAt("2021-03-01T09:30:00Z", { n: "pageview", u: page("/pricing") }, v1);
    await collectAt("2021-03-01T12:00:00Z", { n: "pageview", u: page("/pricing?utm_source=twitter&utm_campaign=spring") }, { ip: "192.0.2.2", headers: { "accept-language": "de-AT,de;q=0.9" } });
    await collectAt("2021-03-02T12:00:00Z", { n: "pageview", u: page("/") }, { ip: "192.0.2.3", headers: { "x-vercel-ip-country": "FR" }, ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148" });
  });

  it("answers the figures the contract names, counted from raw rows and then from rollups alike", async () => {
    const live = await callJson<Record<string, unknown>>("GET", "/platform/analytics/overview?from=2021-03-01&to=2021-03-02", { cookie: admin });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({
      visitors: 3,
      pageviews: 6,
      visits: 4,
      bounceRate: 0.75,
      avgDurationSeconds: 150,
      topPages: [
        { path: "/pricing", pageviews: 3, visitors: 2 },
        { path: "/", pageviews: 2, visitors: 2 },
        { path: "/docs", pageviews: 1, visitors: 1 },
      ],
      sources: expect.arrayContaining([
        { source: null, visitors: 2, pageviews: 2 },
        { source: "news.ycombinator.com", visitors: 1, pageviews: 3 },
        { source: "twitter", visitors: 1, pageviews: 1 },
      ]),
      campaigns: [{ campaign: "spring", visitors: 1, pageviews: 1 }],
      countries: expect.arrayContaining([{ country: "AT", visitors: 1 }, { country: "FR", visitors: 1 }]),
      devices: expect.arrayContaining([{ device: "mobile", visitors: 1 }]),
      daily: [
        { day: "2021-03-01", visitors: 2, pageviews: 5 },
        { day: "2021-03-02", visitors: 1, pageviews: 1 },
      ],
    });
    const rolled = await rollUpClosedDays(new Date("2021-03-04T00:00:00Z"));
    expect(rolled).toEqual(expect.arrayContaining(["2021-03-01", "2021-03-02"]));
    const fromRollups = await callJson("GET", "/platform/analytics/overview?from=2021-03-01&to=2021-03-02", { cookie: admin });
    expect(fromRollups.body).toEqual(live.body);
  });

  it("is a 404 to anyone but a platform admin, and 422 for a bad range", async () => {
    const member = await signIn(await createUser({}));
    expect((await call("GET", "/platform/analytics/overview", { cookie: member })).status).toBe(404);
    expect((await call("GET", "/platform/analytics/overview")).status).toBe(401);
    for (const query of ["from=2021-03-05&to=2021-03-01", "from=yesterday", "to=2021-02-30", "from=2010-01-01&to=2021-01-01"]) {
      const res = await callJson<{ error: { code: string } }>("GET", `/platform/analytics/overview?${query}`, { cookie: admin });
      expect(res.status, query).toBe(422);
      expect(res.body.error.code).toBe("validation_failed");
    }
  });

  it("funnel: visitors, then sign-ups, trials and paid tenants in the range", async () => {
    const [person] = await db.insert(users).values({ id: "usr_funnel_test_1", name: "Funnel", email: "funnel-1@test.keel.local", createdAt: new Date("2021-03-01T13:00:00Z") }).returning();
    await db.insert(events).values([
      { id: "evt_funnel_1", type: "billing.state_changed", tenantId: "org_funnel_a", data: { from: "free", to: "trialing" }, createdAt: new Date("2021-03-01T13:01:00Z"), fannedOutAt: new Date() },
      { id: "evt_funnel_2", type: "billing.state_changed", tenantId: "org_funnel_a", data: { from: "trialing", to: "active" }, createdAt: new Date("2021-03-02T13:01:00Z"), fannedOutAt: new Date() },
      { id: "evt_funnel_3", type: "billing.state_changed", tenantId: "org_funnel_b", data: { from: "past_due", to: "active" }, createdAt: new Date("2021-03-02T14:00:00Z"), fannedOutAt: new Date() },
    ]);
    const res = await callJson<{ steps: { step: string; count: number; conversion: number | null }[] }>("GET", "/platform/analytics/funnel?from=2021-03-01&to=2021-03-02", { cookie: admin });
    expect(res.status).toBe(200);
    expect(res.body.steps).toEqual([
      { step: "visit", count: 3, conversion: null },
      { step: "signup", count: 1, conversion: 1 / 3 },
      { step: "trial", count: 1, conversion: 1 },
      { step: "paid", count: 1, conversion: 1 },
    ]);
    await db.delete(events).where(and(eq(events.type, "billing.state_changed"), between(events.id, "evt_funnel_1", "evt_funnel_3")));
    await db.delete(users).where(eq(users.id, person!.id));
  });
});
