import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The secret an invitation's emailed link carries. Whoever opens the link reads mail at the
 * invited address, which is what accepting needs to prove; an invitation's id, which members see,
 * proves nothing. Only its SHA-256 is stored (256 random bits: nothing to brute-force), and a
 * resend replaces it, so an older link stops working.
 */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether `token` is the one whose hash is stored, compared in constant time. */
export function invitationTokenMatches(token: string | null | undefined, storedHash: string | null): boolean {
  if (!token || !storedHash) return false;
  const given = Buffer.from(hashInvitationToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
