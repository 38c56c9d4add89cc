import * as tables from "@/db/schema/email";
import { defineModule } from "@/lib/manifest/define";
import { emailProvider } from "./providers";
import { keys } from "./keys";
import { sendEmailJob } from "./send-job";
import { emailPersonalData } from "./personal-data";

export default defineModule({
  id: "email",
  core: true,
  summary: "Transactional email: React Email templates, the local mailbox, Resend, and a suppression list fed by Resend's bounce and complaint webhooks.",
  env: keys,
  tables,
  personalData: emailPersonalData,
  retention: [{ class: "mailbox", table: "mailbox_messages", column: "created_at", days: 30, description: "The local mailbox's copies of sent mail." }],
  jobs: [sendEmailJob],
  auditActions: ["email.suppression_lifted"],
  nav: { portal: [{ href: "/dashboard/dev/mailbox", label: "nav.mailbox", order: 1000, devOnly: true }] },
  owns: {
    routes: ["app/(portal)/dashboard/dev", "app/(api)/email", "app/(api)/platform/email-suppressions"],
    files: ["emails/layout.tsx", "tests/email-suppression.int.test.ts"],
  },
  docs: "modules/email.mdx",
  providers: [{ kind: "email", current: () => ({ name: emailProvider(), local: emailProvider() === "mailbox" }) }],
});
