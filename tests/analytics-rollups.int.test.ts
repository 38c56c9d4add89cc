import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { analyticsEvents } from "@/db/schema/analytics";
import { analyticsOverview } from "@/lib/analytics/overview";
import { rollUpDay } from "@/lib/analytics/rollup";

type Pageview = { day: number; visitor: number; minute: number; path: string; source: string | null };

const pageview = fc.record({
  day: fc.integer({ min: 0, max: 2 }),
  visitor: fc.integer({ min: 0, max: 5 }),
  // Mostly within two hours, so gaps near the 30-minute cut are common; sometimes anywhere in the day.
  minute: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 120 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 1_439 }), weight: 1 }),
  path: fc.constantFrom("/", "/pricing", "/docs", "/blog"),
  source: fc.constantFrom(null, "google.com", "github.com"),
});

/**
 * What the dashboard should say, counted the obvious way in JavaScript: visitors per day summed,
 * visits cut at gaps over 30 minutes, a bounce is a visit of one pageview, a visit's source is its
 * first pageview's.
 */
function expected(views: Pageview[]) {
  const byVisitorDay = new Map<string, Pageview[]>();
  for (const v of views) byVisitorDay.set(`${v.day}:${v.visitor}`, [...(byVisitorDay.get(`${v.day}:${v.visitor}`) ?? []), v]);
  let visits = 0;
  let bounces = 0;
  let duration = 0;
  const sourceVisitors = new Map<string, Set<string>>();
  for (const [who, list] of byVisitorDay) {
    // The same order the database uses: time, then insertion order (ties keep their array order).
    const sorted = list.map((v, i) => ({ v, i })).sort((a, b) => a.v.minute - b.v.minute || a.i - b.i).map((x) => x.v);
    let current: Pageview[] = [];
    const close = () => {
      if (current.length === 0) return;
      visits++;
      if (current.length === 1) bounces++;
      duration += (current.at(-1)!.minute - current[0]!.minute) * 60;
      const key = current[0]!.source ?? "";
      sourceVisitors.set(key, (sourceVisitors.get(key) ?? new Set()).add(who));
    };
    for (const v of sorted) {
      if (current.length > 0 && v.minute - current.at(-1)!.minute > 30) {
        close();
        current = [];
      }
      current.push(v);
    }
    close();
  }
  const pages = new Map<string, { pageviews: number; visitors: Set<string> }>();
  for (const v of views) {
    const entry = pages.get(v.path) ?? { pageviews: 0, visitors: new Set() };
    entry.pageviews++;
    entry.visitors.add(`${v.day}:${v.visitor}`);
    pages.set(v.path, entry);
  }
  return {
    visitors: byVisitorDay.size,
    pageviews: views.length,
    visits,
    bounceRate: visits === 0 ? 0 : bounces / visits,
    avgDurationSeconds: visits === 0 ? 0 : Math.round(duration / visits),
    pages: Object.fromEntries([...pages].map(([path, p]) => [path, { pageviews: p.pageviews, visitors: p.visitors.size }])),
    sources: Object.fromEntries([...sourceVisitors].map(([source, set]) => [source, set.size])),
  };
}

// Each run gets three days of its own in 2019, so runs (and other test files) never share a day.
let run = 0;

describe("analytics rollups (property)", () => {
  it("count what the raw pageviews say, before and after the days are rolled up", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pageview, { minLength: 0, maxLength: 40 }), async (views) => {
        const base = Date.UTC(2019, 0, 1) + run++ * 3 * 86_400_000;
        const dayOf = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
        const range = { from: dayOf(0), to: dayOf(2) };
        if (views.length > 0) {
          await db.insert(analyticsEvents).values(
            views.map((v) => ({
              day: dayOf(v.day),
              occurredAt: new Date(base + v.day * 86_400_000 + v.minute * 60_000),
              visitor: `prop-${run}-${v.visitor}`,
              name: "pageview",
              path: v.path,
              source: v.source,
              device: "desktop" as const,
            })),
          );
        }
        const want = expected(views);
        const live = await analyticsOverview(range);
        for (let d = 0; d < 3; d++) await rollUpDay(dayOf(d));
        const rolled = await analyticsOverview(range);
        expect(rolled).toEqual(live);
        expect({
          visitors: live.visitors,
          pageviews: live.pageviews,
          visits: live.visits,
          bounceRate: live.bounceRate,
          avgDurationSeconds: live.avgDurationSeconds,
          pages: Object.fromEntries(live.topPages.map((p) => [p.path, { pageviews: p.pageviews, visitors: p.visitors }])),
          sources: Object.fromEntries(live.sources.map((s) => [s.source ?? "", s.visitors])),
        }).toEqual({ ...want, bounceRate: expect.closeTo(want.bounceRate, 10) });
      }),
      // KEEL_PROPERTY_RUNS lowers it where every run repeats many times (mutation testing).
      { numRuns: Number(process.env.KEEL_PROPERTY_RUNS ?? 40) },
    );
  });
});
