import * as tables from "@/db/schema/support";
import { defineModule } from "@/lib/manifest/define";
import { supportError, supportIds } from "./catalog";
import { supportReplyEmail } from "./emails";
import { supportPersonalData } from "./personal-data";

export default defineModule({
  id: "support",
  core: false,
  summary: "Support tickets: “Report a problem” in the portal (page, request id, browser, screenshot), the user's threads, and an admin inbox whose replies email the user.",
  tables,
  errors: supportError.codes,
  idPrefixes: supportIds.prefixes,
  emails: [supportReplyEmail],
  nav: { portal: [{ href: "/dashboard/support", label: "nav.support", order: 950 }] },
  portal: { accountHeader: () => import("@/components/support/report-problem-slot").then((m) => m.ReportProblemSlot) },
  admin: {
    pages: [{ path: "support", title: "admin.page", order: 400, component: () => import("@/components/support/admin/inbox-page").then((m) => m.SupportInboxPage) }],
  },
  personalData: supportPersonalData,
  owns: {
    routes: ["app/(api)/support", "app/(api)/platform/support", "app/(portal)/dashboard/support"],
    files: ["emails/support-reply.tsx", "components/support", "seed/support.ts", "tests/support.int.test.ts", "e2e/support.spec.ts"],
  },
  fixtures: () => import("@/seed/support").then((m) => m.fixtures),
  removal:
    "The “Report a problem” button leaves the portal header (the dashboard's error page then shows only its reference and a retry), the Support page leaves the portal and the admin panel, and the tickets, their threads and screenshots are dropped. Nothing else reads them.",
  // Its strings (its emails' so far), under "support.*" in the app's messages; they go with the module.
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/support.mdx",
});
