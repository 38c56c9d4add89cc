/** A rendered message, ready for a provider. */
export type OutgoingEmail = {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  /** Extra message headers, e.g. `List-Unsubscribe`. @default none */
  headers?: Record<string, string>;
  /** The template that produced it, e.g. `verify-email`. */
  template: string;
  /** Provider-side labels; keys and values in `[A-Za-z0-9_-]`. @default {} */
  tags?: Record<string, string>;
  /** Sending twice with the same key sends once (the `email.send` job passes its job id). */
  idempotencyKey?: string;
};

/**
 * What every email provider adapter implements. `send` throws when the message was not accepted:
 * an {@link EmailRefusedError} when the provider refused the message itself (sending it again
 * would be refused again), any other error for a failure worth retrying (rate limit, outage).
 */
export type EmailSender = {
  send(message: OutgoingEmail): Promise<{ id: string }>;
};

/**
 * The provider refused this message and will refuse it again: an invalid sender, a rejected
 * recipient, a bad API key. The `email.send` job dead-letters it instead of retrying.
 */
export class EmailRefusedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EmailRefusedError";
  }
}
