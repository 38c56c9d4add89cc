import { z } from "zod";
import CreditsLow, { creditsLowStrings, creditsLowSubject } from "@/emails/credits-low";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

export const creditsLowEmail = defineEmail({
  id: "credits-low",
  schema: z.object({ tenantName: emailName, balance: z.number().int(), url: emailUrl }),
  component: CreditsLow,
  subject: creditsLowSubject,
  ...creditsLowStrings,
  example: { tenantName: "Keel Labs", balance: 42, url: "https://keel.example/dashboard/credits" },
});
