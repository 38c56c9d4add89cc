import { z } from "zod";
import SupportReply, { supportReplyStrings, supportReplySubject } from "@/emails/support-reply";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

/** To the reporter when the support team replies on their ticket. */
export const supportReplyEmail = defineEmail({
  id: "support-reply",
  schema: z.object({ name: emailName, subject: z.string().min(1).max(200), reply: z.string().min(1).max(10_000), url: emailUrl }),
  component: SupportReply,
  subject: supportReplySubject,
  ...supportReplyStrings,
  example: { name: "Ada", subject: "The export button does nothing", reply: "Thanks for the report: a fix is rolling out today.", url: "https://keel.example/dashboard/support/tkt_01jd3k0000000000000000" },
});
