import * as tables from "@/db/schema/email";
import { defineModule } from "@/lib/manifest/define";
import { keys } from "./keys";
import { sendEmailJob } from "./send-job";

export default defineModule({
  id: "email",
  core: true,
  summary: "Transactional email: React Email templates, the local mailbox, Resend.",
  env: keys,
  tables,
  jobs: [sendEmailJob],
  nav: { portal: [{ href: "/dashboard/dev/mailbox", label: "Mailbox", order: 1000, devOnly: true }] },
  owns: { routes: ["app/(portal)/dashboard/dev"], files: ["emails/layout.tsx"] },
  docs: "modules/email.mdx",
});
