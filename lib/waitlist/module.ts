import * as tables from "@/db/schema/waitlist";
import { defineModule } from "@/lib/manifest/define";
import { waitlistError, waitlistIds } from "./catalog";
import { waitlistInviteEmail, waitlistVerifyEmail } from "./emails";
import { markSignedUp, waitlistGate } from "./invite";
import { waitlistKeys } from "./keys";
import { waitlistPersonalData } from "./personal-data";

export default defineModule({
  id: "waitlist",
  core: false,
  summary: "A waitlist page (/join) that collects confirmed addresses with a place in line, moved up by referrals; admins invite the first N or chosen people; WAITLIST_MODE=on makes sign-up invite-only.",
  env: waitlistKeys,
  tables,
  personalData: waitlistPersonalData,
  errors: waitlistError.codes,
  idPrefixes: waitlistIds.prefixes,
  auditActions: ["waitlist.invited"],
  emails: [waitlistVerifyEmail, waitlistInviteEmail],
  publicPages: ["/join"],
  hooks: {
    beforeUserSignUp: (user) => waitlistGate(user),
    onUserSignedUp: (tx, user) => markSignedUp(tx, user),
  },
  admin: {
    pages: [{ path: "waitlist", title: "admin.page", order: 130, component: () => import("@/components/waitlist/admin/waitlist-page").then((m) => m.WaitlistAdminPage) }],
  },
  owns: {
    routes: ["app/(api)/waitlist", "app/(api)/platform/waitlist", "app/[locale]/(marketing)/join"],
    files: ["components/waitlist", "emails/waitlist-verify.tsx", "emails/waitlist-invite.tsx", "seed/waitlist.ts", "tests/waitlist.int.test.ts", "e2e/waitlist.spec.ts"],
  },
  fixtures: () => import("@/seed/waitlist").then((m) => m.fixtures),
  removal: "/join and the waitlist API answer 404, the Waitlist page leaves the admin panel, and `WAITLIST_MODE` no longer exists: sign-up is open to everyone again. The entries are dropped.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/waitlist.mdx",
});
