import { z } from "zod";
import { defineEmail } from "@/lib/email/define";
import { emailUrl } from "@/lib/email/props";
import WaitlistInvite, { waitlistInviteStrings, waitlistInviteSubject } from "@/emails/waitlist-invite";
import WaitlistVerify, { waitlistVerifyStrings, waitlistVerifySubject } from "@/emails/waitlist-verify";

export const waitlistVerifyEmail = defineEmail({
  id: "waitlist-verify",
  schema: z.object({ url: emailUrl }),
  component: WaitlistVerify,
  subject: waitlistVerifySubject,
  ...waitlistVerifyStrings,
  example: { url: "https://keel.example/join?token=abc" },
});

export const waitlistInviteEmail = defineEmail({
  id: "waitlist-invite",
  schema: z.object({ url: emailUrl }),
  component: WaitlistInvite,
  subject: waitlistInviteSubject,
  ...waitlistInviteStrings,
  example: { url: "https://keel.example/sign-up?email=ada%40example.com" },
});
