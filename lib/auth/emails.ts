import { z } from "zod";
import AccountLocked, { accountLockedStrings, accountLockedSubject } from "@/emails/account-locked";
import ConfirmNewEmail, { confirmNewEmailStrings, confirmNewEmailSubject } from "@/emails/confirm-new-email";
import EmailChangeNotice, { emailChangeNoticeStrings, emailChangeNoticeSubject } from "@/emails/email-change-notice";
import MagicLink, { magicLinkStrings, magicLinkSubject } from "@/emails/magic-link";
import ResetPassword, { resetPasswordStrings, resetPasswordSubject } from "@/emails/reset-password";
import VerifyEmail, { verifyEmailStrings, verifyEmailSubject } from "@/emails/verify-email";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

const example = { name: "Ada", url: "https://keel.example/action?token=abc123" };

export const verifyEmail = defineEmail({ id: "verify-email", schema: z.object({ name: emailName, url: emailUrl }), component: VerifyEmail, subject: verifyEmailSubject, ...verifyEmailStrings, example });
export const resetPasswordEmail = defineEmail({ id: "reset-password", schema: z.object({ name: emailName, url: emailUrl }), component: ResetPassword, subject: resetPasswordSubject, ...resetPasswordStrings, example });
export const magicLinkEmail = defineEmail({ id: "magic-link", schema: z.object({ url: emailUrl }), component: MagicLink, subject: magicLinkSubject, ...magicLinkStrings, example: { url: example.url } });
export const confirmNewEmail = defineEmail({ id: "confirm-new-email", schema: z.object({ name: emailName, url: emailUrl }), component: ConfirmNewEmail, subject: confirmNewEmailSubject, ...confirmNewEmailStrings, example });
export const emailChangeNotice = defineEmail({
  id: "email-change-notice",
  schema: z.object({ name: emailName, newEmail: z.email(), url: emailUrl }),
  component: EmailChangeNotice,
  subject: emailChangeNoticeSubject, ...emailChangeNoticeStrings,
  example: { name: "Ada", newEmail: "ada@new.example", url: example.url },
});
export const accountLockedEmail = defineEmail({
  id: "account-locked",
  schema: z.object({ name: emailName, minutes: z.number().int().positive(), url: emailUrl }),
  component: AccountLocked,
  subject: accountLockedSubject, ...accountLockedStrings,
  example: { name: "Ada", minutes: 15, url: example.url },
});

/** Every template the auth module sends (listed in its manifest). */
export const authEmails = [verifyEmail, resetPasswordEmail, magicLinkEmail, confirmNewEmail, emailChangeNotice, accountLockedEmail];
