import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { analyticsEvents } from "@/db/schema/analytics";
import { rollUpClosedDays } from "@/lib/analytics/rollup";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { generator } from "./random";


const pages = ["/", "/", "/", "/pricing", "/pricing", "/docs", "/docs/quickstart", "/docs/modules/billing", "/blog", "/blog/introducing-keel", "/de", "/sign-up"];
const sources: [string | null, string | null, string | null][] = [
  [null, null, null],
  [null, null, null],
  ["google.com", null, null],
  ["google.com", null, null],
  ["news.ycombinator.com", null, null],
  ["github.com", null, null],
  ["twitter", "social", "launch-week"],
  ["newsletter", "email", "november-update"],
];
const countries = ["US", "US", "DE", "DE", "GB", "FR", "IN", "BR", null];
const devices: ["mobile" | "tablet" | "desktop", number][] = [["desktop", 1440], ["desktop", 1920], ["mobile", 390], ["tablet", 820]];

/** 30 days of public-site traffic, growing slowly with a weekend dip, then rolled up as the job would. */
async function seedTraffic(now = new Date()) {
  const [existing] = await db.select({ n: count() }).from(analyticsEvents);
  if ((existing?.n ?? 0) > 0) return;
  const random = generator(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rows: (typeof analyticsEvents.$inferInsert)[] = [];
  for (let back = 30; back >= 0; back--) {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back);
    const day = new Date(start).toISOString().slice(0, 10);
    const weekend = [0, 6].includes(new Date(start).getUTCDay());
    const visitors = Math.round((120 + (30 - back) * 4) * (weekend ? 0.6 : 1) * (0.85 + random() * 0.3));
    for (let v = 0; v < visitors; v++) {
      const [source, medium, campaign] = pick(sources);
      const [device, width] = pick(devices);
      const country = pick(countries);
      let at = start + Math.floor(random() * 86_000_000);
      const views = random() < 0.45 ? 1 : 2 + Math.floor(random() * 4);
      for (let i = 0; i < views && at < Math.min(start + 86_400_000, now.getTime()); i++) {
        rows.push({ day, occurredAt: new Date(at), visitor: `seed-${day}-${v}`, name: "pageview", path: i === 0 ? pick(pages) : pick(pages.slice(3)), source, utmMedium: medium, utmCampaign: campaign, country, device, screenWidth: width });
        at += 20_000 + Math.floor(random() * 180_000);
      }
      if (views > 2 && random() < 0.2) rows.push({ day, occurredAt: new Date(at), visitor: `seed-${day}-${v}`, name: "signup_click", path: "/pricing", source, device, screenWidth: width, props: { plan: "pro" } });
    }
  }
  for (let i = 0; i < rows.length; i += 2_000) await db.insert(analyticsEvents).values(rows.slice(i, i + 2_000));
  await rollUpClosedDays(now);
}

/** The analytics module's demo traffic and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  seedDemo: () => seedTraffic(),
  unscopedRoutes: {
    "/t.js": "the public tracker script: the same bytes for everyone",
    "/t/collect": "anonymous pageviews of the public site: no tenant, no account",
    "/platform/analytics/overview": "platform admins only (404 to everyone else): the public site's traffic, no tenant's data",
    "/platform/analytics/funnel": "platform admins only (404 to everyone else): counts across all tenants",
  },
  validBody: { n: "pageview", u: "http://localhost:3000/" },
};
