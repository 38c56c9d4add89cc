import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import type { NotificationType } from "@/lib/jobs/notify";
import { notificationError } from "./catalog";
import { setChoice, setDigest } from "./preferences";
import { verifyUnsubscribeToken, type UnsubscribeClaim } from "./unsubscribe-token";

/** What a link would turn off (the confirmation page words it in the reader's language). */
export type UnsubscribeTarget = UnsubscribeClaim;

function invalid() {
  return notificationError("unsubscribe_link_invalid", "This unsubscribe link is not valid: it may be incomplete. Open it again from the email, or change your preferences in the dashboard.");
}

/**
 * Reads a link's token without changing anything (the confirmation page: mail scanners follow
 * links, so a GET must never unsubscribe). Null for a bad token or a user who no longer exists.
 */
export async function describeUnsubscribe(token: string): Promise<UnsubscribeTarget | null> {
  const claim = verifyUnsubscribeToken(token);
  if (!claim) return null;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, claim.userId));
  return user ? claim : null;
}

/**
 * The one-click unsubscribe (`POST`, from the confirmation page's button or a mail client per
 * RFC 8058): turns that type's email channel, or the digest, off. Idempotent. A critical type
 * cannot be turned off (its emails carry no link; an old link for a type made critical since is
 * refused). Throws `unsubscribe_link_invalid` for a bad token.
 */
export async function unsubscribe(token: string, types: readonly NotificationType[]): Promise<UnsubscribeTarget> {
  const target = await describeUnsubscribe(token);
  if (!target) throw invalid();
  if (target.channel === "digest") {
    await setDigest(db, target.userId, false);
    return target;
  }
  if (types.find((t) => t.type === target.type)?.critical) {
    throw notificationError("notification_preference_locked", "This is a security or billing notice: its emails cannot be turned off.");
  }
  await setChoice(db, target.userId, target.type, "email", false);
  return target;
}
