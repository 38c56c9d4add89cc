// The face of lib/email: callers send templates; which provider delivers them is decided here.
export { sendEmail } from "./send";
export type { EmailMessage } from "./send";
export { sendEmailJob, emailMessageSchema } from "./send-job";
export { emailProvider } from "./providers";
export { renderEmail } from "./render";
export type { RenderedEmail } from "./render";
export { emailTemplates } from "./templates";
export type { EmailTemplate, PropsOf } from "./templates";
export { listMailbox, getMailboxMessage, mailboxScope } from "./mailbox";
export type { MailboxMessage, MailboxScope, ListMailboxOptions } from "./mailbox";
