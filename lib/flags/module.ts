import * as tables from "@/db/schema/flags";
import { defineModule } from "@/lib/manifest/define";
import { flagsError } from "./catalog";
import { flagsPersonalData } from "./personal-data";

export default defineModule({
  id: "flags",
  core: false,
  summary: "Feature flags evaluated in memory: boolean, string, number and JSON, with ordered rules by user, tenant, plan, billing state, platform role, segment and email domain, sticky percentage rollouts, per-environment values, an audited admin UI with a “who gets it” preview, `flag()` on the server and `useFlag()` in the portal.",
  tables,
  personalData: flagsPersonalData,
  errors: flagsError.codes,
  auditActions: ["flags.flag_created", "flags.flag_updated", "flags.flag_archived", "flags.flag_restored"],
  portal: { accountProvider: () => import("@/components/flags/flags-provider").then((m) => m.FlagsProvider) },
  admin: {
    pages: [{ path: "flags", title: "admin.page", order: 120, component: () => import("@/components/flags/admin/flags-page").then((m) => m.FlagsAdminPage) }],
  },
  owns: {
    routes: ["app/(api)/me/flags", "app/(api)/platform/flags"],
    files: ["components/flags", "seed/flags.ts", "tests/flags.int.test.ts", "tests/flags-child.ts", "bench/flags.ts"],
  },
  fixtures: () => import("@/seed/flags").then((m) => m.fixtures),
  removal: "`flag()` and `useFlag()` go with it: remove their calls (each names its fallback, which is what to keep). The Flags page leaves the admin panel and the flags table is dropped.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/flags.mdx",
});
