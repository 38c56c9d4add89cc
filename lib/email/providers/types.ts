/** A rendered message, ready for a provider. */
export type OutgoingEmail = {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  /** The template that produced it, e.g. `verify-email`. */
  template: string;
  /** Provider-side labels; keys and values in `[A-Za-z0-9_-]`. @default {} */
  tags?: Record<string, string>;
  /** Sending twice with the same key sends once (the `email.send` job passes its job id). */
  idempotencyKey?: string;
};

/** What every email provider adapter implements. */
export type EmailSender = {
  send(message: OutgoingEmail): Promise<{ id: string }>;
};
