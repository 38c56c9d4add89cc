import { z } from "zod";
import Invitation, { invitationStrings, invitationSubject } from "@/emails/invitation";
import Welcome, { welcomeStrings, welcomeSubject } from "@/emails/welcome";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

export const invitationEmail = defineEmail({
  id: "invitation",
  schema: z.object({ inviterName: emailName, tenantName: emailName, role: z.string().min(1).max(50), url: emailUrl }),
  component: Invitation,
  subject: invitationSubject,
  ...invitationStrings,
  example: { inviterName: "Grace", tenantName: "Acme", role: "admin", url: "https://keel.example/accept-invitation/inv_1" },
});

export const welcomeEmail = defineEmail({
  id: "welcome",
  schema: z.object({ name: emailName, dashboardUrl: emailUrl }),
  component: Welcome,
  subject: welcomeSubject,
  ...welcomeStrings,
  example: { name: "Ada", dashboardUrl: "https://keel.example/dashboard" },
});
