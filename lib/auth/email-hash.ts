import { createHmac } from "node:crypto";
import { authSecret } from "./config";

/**
 * A salted hash of an email address: what Keel keeps of an address it must not keep in clear but
 * must still recognise — a trial already taken, a person already referred — including after the
 * account is erased (the privacy purge). HMAC-SHA-256 under a key derived from the auth secret, so
 * the hashes cannot be reversed by hashing a list of addresses without the secret. Replacing
 * BETTER_AUTH_SECRET (rather than rotating it with BETTER_AUTH_SECRETS) forgets them.
 */
export function emailHash(email: string): string {
  if (!authSecret) throw new Error("BETTER_AUTH_SECRET is needed to hash email addresses.");
  const key = createHmac("sha256", authSecret).update("keel:email-hash:v1").digest();
  return createHmac("sha256", key).update(email.trim().toLowerCase()).digest("hex");
}
