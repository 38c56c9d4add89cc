import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** How long a rotated-out secret keeps signing beside the new one. */
export const previousSecretTtlMs = 24 * 60 * 60 * 1000;

export type SignedHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

/**
 * The three Standard Webhooks headers for `body`. During a rotation the signature header carries
 * one `v1,…` signature per secret, space-separated, as the spec allows: a receiver still on the
 * old secret keeps verifying until it switches.
 */
export function signMessage(input: { messageId: string; body: string; secrets: readonly string[]; at?: Date }): SignedHeaders {
  const at = input.at ?? new Date();
  const signatures = input.secrets.map((secret) => new Webhook(secret).sign(input.messageId, at, input.body));
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/** The secrets that sign now: the current one, and the previous one until it expires. */
export function signingSecrets(endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null }, now = new Date()): string[] {
  const { previousSecret, previousSecretExpiresAt } = endpoint;
  return previousSecret && previousSecretExpiresAt && previousSecretExpiresAt > now ? [endpoint.secret, previousSecret] : [endpoint.secret];
}
