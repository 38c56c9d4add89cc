// The face of lib/email: modules define templates and send them; which provider delivers them is
// decided here.
export { defineEmail, moduleEmailMessages } from "./define";
export type { EmailContext, EmailFrame, EmailStrings, EmailTemplate, RenderedEmail } from "./define";
export { recipientLocale } from "./recipient-locale";
export { sendEmail } from "./send";
export type { EmailMessage } from "./send";
export { sendEmailJob, emailMessageSchema } from "./send-job";
export { emailProvider } from "./providers";
export { listMailbox, getMailboxMessage, mailboxScope } from "./mailbox";
export type { MailboxMessage, MailboxScope, ListMailboxOptions } from "./mailbox";
export { findSuppression, suppressionNotice, suppressAddresses, skipIfSuppressed, listSuppressions, liftSuppression, suppressionKey } from "./suppression";
export type { Suppression, SuppressionReason } from "./suppression";
export { receiveResendWebhook } from "./resend-webhook";
export type { ResendWebhookResult } from "./resend-webhook";
