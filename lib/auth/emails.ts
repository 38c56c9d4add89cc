import { z } from "zod";
import MagicLink, { magicLinkSubject } from "@/emails/magic-link";
import ResetPassword, { resetPasswordSubject } from "@/emails/reset-password";
import VerifyEmail, { verifyEmailSubject } from "@/emails/verify-email";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

const example = { name: "Ada", url: "https://keel.example/action?token=abc123" };

export const verifyEmail = defineEmail({ id: "verify-email", schema: z.object({ name: emailName, url: emailUrl }), component: VerifyEmail, subject: verifyEmailSubject, example });
export const resetPasswordEmail = defineEmail({ id: "reset-password", schema: z.object({ name: emailName, url: emailUrl }), component: ResetPassword, subject: resetPasswordSubject, example });
export const magicLinkEmail = defineEmail({ id: "magic-link", schema: z.object({ url: emailUrl }), component: MagicLink, subject: magicLinkSubject, example: { url: example.url } });
