import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { appUrl, authSecret } from "@/lib/auth/config";

/**
 * The token of a one-click unsubscribe link: who (`u`), which type (`t`) and which channel (`c`:
 * a type's email, or the digest), signed with HMAC-SHA-256 under a key derived from the auth
 * secret. It works without a session, from any mail client, for as long as the secret stays: an
 * unsubscribe link must keep working in an old email. It can only ever turn mail off, so a leaked
 * link costs its holder nothing but that one kind of mail.
 *
 * Hand-rolled rather than a JWT library: three fields and one MAC need no header, algorithm choice
 * or expiry handling, and a fixed format leaves no `alg` to confuse.
 */
export type UnsubscribeClaim = { userId: string; type: string; channel: "email" | "digest" };

const claimSchema = z.object({ v: z.literal(1), u: z.string().min(1).max(64), t: z.string().min(1).max(100), c: z.enum(["email", "digest"]) });

function key(): Buffer {
  if (!authSecret) throw new Error("BETTER_AUTH_SECRET is needed to sign unsubscribe links.");
  // A key of its own, so a token signed here can never pass for anything the auth secret signs elsewhere.
  return createHmac("sha256", authSecret).update("keel:notifications:unsubscribe:v1").digest();
}

function mac(payload: string): Buffer {
  return createHmac("sha256", key()).update(payload).digest();
}

export function signUnsubscribeToken(claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify({ v: 1, u: claim.userId, t: claim.type, c: claim.channel })).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The claim, or null when the token is malformed or its signature does not match. */
export function verifyUnsubscribeToken(token: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = claimSchema.safeParse(json);
  return parsed.success ? { userId: parsed.data.u, type: parsed.data.t, channel: parsed.data.c } : null;
}

/** The URL in `List-Unsubscribe` and in the email's footer: POST unsubscribes, GET asks first. */
export function unsubscribeUrl(claim: UnsubscribeClaim): string {
  return `${appUrl}/notifications/unsubscribe?token=${signUnsubscribeToken(claim)}`;
}

/** RFC 8058 one-click headers for a message carrying this link. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
