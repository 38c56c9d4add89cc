import { defineModule } from "@/lib/manifest/define";

export default defineModule({
  id: "revenue",
  core: false,
  dependsOn: ["billing"],
  summary: "Revenue analytics for platform admins: MRR, ARR, movements, churn, retention and recovery, from Keel's own billing history.",
  admin: {
    pages: [{ path: "revenue", title: "admin.page", order: 300, component: () => import("@/components/revenue/revenue-page").then((m) => m.RevenuePage) }],
    overview: [{ label: "admin.mrr", value: () => import("@/components/revenue/mrr-figure").then((m) => m.MrrFigure) }],
  },
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/(api)/platform/metrics/revenue"],
    files: ["tests/revenue-translated.int.test.tsx", "tests/revenue.int.test.ts", "seed/revenue.ts"],
  },
  fixtures: () => import("@/seed/revenue").then((m) => m.fixtures),
  removal:
    "The admin panel loses its Revenue page, its MRR figure and `GET /platform/metrics/revenue` (with `/export` and `/health`). Nothing else reads them; billing keeps recording the history (`billing_state_changes` with plan and interval), so adding the module back shows the past as well.",
  docs: "modules/revenue.mdx",
});
