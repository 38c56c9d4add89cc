import * as tables from "@/db/schema/referrals";
import { defineJob } from "@/lib/jobs";
import { defineModule } from "@/lib/manifest/define";
import { z } from "zod";
import { attributeSignUp, forgetOldDevices } from "./attribution";
import { referralIds } from "./catalog";
import { referralKeys } from "./keys";
import { clawBackOnRefundJob, convertOnPaymentJob, releaseRewardsJob } from "./rewards";
import { referralsPersonalData } from "./personal-data";

/** Device hashes are fraud evidence kept 90 days (legitimate interest), then dropped daily. */
const forgetDevicesJob = defineJob({ id: "referrals.forget-devices", schema: z.object({}), cron: "40 3 * * *", run: async () => void (await forgetOldDevices()) });

export default defineModule({
  id: "referrals",
  core: false,
  // Rewards are credits; conversions and refunds are billing's payment events, and the
  // same-payer rule reads billing's customers.
  dependsOn: ["credits", "billing"],
  summary: "Referral codes and links with clicks, sign-ups and conversions; credits to both sides after the referred tenant's first payment clears a 14-day hold; self-referrals refused by email domain, device and payment customer, a monthly cap, and clawback on refund.",
  env: referralKeys,
  tables,
  idPrefixes: referralIds.prefixes,
  jobs: [releaseRewardsJob, forgetDevicesJob],
  subscriptions: { "payment.succeeded": [convertOnPaymentJob], "payment.refunded": [clawBackOnRefundJob] },
  nav: { portal: [{ href: "/dashboard/referrals", label: "nav.referrals", order: 850 }] },
  hooks: { onUserSignedUp: (tx, user, signUp) => attributeSignUp(tx, user, signUp) },
  personalData: referralsPersonalData,
  owns: {
    routes: ["app/(api)/me/referrals", "app/(api)/r", "app/(portal)/dashboard/referrals"],
    files: ["components/referrals", "seed/referrals.ts", "tests/referrals.int.test.ts", "e2e/referrals.spec.ts"],
  },
  fixtures: () => import("@/seed/referrals").then((m) => m.fixtures),
  removal: "Referral links (/r/…) answer 404 and the Referrals page leaves the portal; credits already granted stay in the ledger. The codes, clicks, device hashes and referrals are dropped.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/referrals.mdx",
});
