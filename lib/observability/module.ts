import * as tables from "@/db/schema/observability";
import { defineModule } from "@/lib/manifest/define";

export default defineModule({
  id: "observability",
  core: true,
  summary: "Logs and error reports: one JSON line per entry, and unexpected errors grouped in the local error store (the admin panel's Errors page).",
  tables,
  admin: {
    pages: [{ path: "errors", title: "admin.page", order: 900, component: () => import("@/components/observability/errors-page").then((m) => m.ErrorsPage) }],
  },
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: { files: ["components/observability", "tests/error-store.int.test.tsx"] },
  docs: "modules/observability.mdx",
});
