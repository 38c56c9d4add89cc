import * as tables from "@/db/schema/analytics";
import { defineModule } from "@/lib/manifest/define";
import { analyticsKeys } from "./keys";
import { rollupJob } from "./rollup";
import { analyticsPersonalData } from "./personal-data";

export default defineModule({
  id: "analytics",
  core: false,
  summary: "A first-party, cookieless tracker for the public site (/t.js, under 1 KB gzipped): pageviews, sources, campaigns, countries, devices and custom events in daily rollups, an admin dashboard and the visit → sign-up → trial → paid funnel.",
  env: analyticsKeys,
  tables,
  personalData: analyticsPersonalData,
  jobs: [rollupJob],
  siteScripts: [{ src: "/t.js" }],
  admin: {
    pages: [{ path: "analytics", title: "admin.page", order: 320, component: () => import("@/components/analytics/dashboard-page").then((m) => m.AnalyticsDashboardPage) }],
  },
  owns: {
    routes: ["app/(api)/t.js", "app/(api)/t", "app/(api)/platform/analytics"],
    files: ["components/analytics", "seed/analytics.ts", "tests/analytics.int.test.ts", "tests/analytics-rollups.int.test.ts", "bench/analytics.ts", "e2e/analytics.spec.ts"],
  },
  fixtures: () => import("@/seed/analytics").then((m) => m.fixtures),
  removal:
    "The public site stops loading /t.js, the Analytics page leaves the admin panel, and the pageviews and their rollups are dropped. Nothing else reads them; product analytics (PostHog) is a separate module.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/analytics.mdx",
});
