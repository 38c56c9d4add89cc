import { createHmac, randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { referralClicks, referralCodes, referralDevices, referrals } from "@/db/schema/referrals";
import { authSecret } from "@/lib/auth/config";
import { emailHash } from "@/lib/auth/email-hash";
import { clientIpFrom } from "@/lib/http/client-ip";
import type { SignUpRequest } from "@/lib/manifest/define";
import { referralCookie, referralHeader, referralIds } from "./catalog";

/** 8 characters a person can read aloud and type: no 0/O, 1/I/L. */
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const codePattern = /^[2-9A-HJ-NP-Z]{8}$/;

/** The user's code, made on first use (a race makes it once: the insert keeps the first). */
export async function codeFor(userId: string): Promise<string> {
  const [existing] = await db.select({ code: referralCodes.code }).from(referralCodes).where(eq(referralCodes.userId, userId));
  if (existing) return existing.code;
  const code = Array.from(randomBytes(8), (b) => codeAlphabet[b % codeAlphabet.length]).join("");
  await db.insert(referralCodes).values({ userId, code }).onConflictDoNothing({ target: referralCodes.userId });
  const [stored] = await db.select({ code: referralCodes.code }).from(referralCodes).where(eq(referralCodes.userId, userId));
  return stored!.code;
}

/** A code as typed or linked, normalized; null when it cannot be one. */
export function normalizeCode(code: string | null | undefined): string | null {
  const upper = code?.trim().toUpperCase() ?? "";
  return codePattern.test(upper) ? upper : null;
}

/** Counts an open of `/r/<code>` for its day; false for a code nobody has. */
export async function recordClick(code: string): Promise<boolean> {
  const [owner] = await db.select({ userId: referralCodes.userId }).from(referralCodes).where(eq(referralCodes.code, code));
  if (!owner) return false;
  await db
    .insert(referralClicks)
    .values({ code, day: new Date().toISOString().slice(0, 10), clicks: 1 })
    .onConflictDoUpdate({ target: [referralClicks.code, referralClicks.day], set: { clicks: sql`${referralClicks.clicks} + 1` } });
  return true;
}

/**
 * The device a sign-up came from, as an HMAC of its client address and user agent keyed with the
 * auth secret: the same browser on the same network hashes the same, and the hash reveals neither.
 */
export function deviceHash(headers: Headers): string | null {
  const ip = clientIpFrom(headers);
  const agent = headers.get("user-agent") ?? "";
  if (!ip && !agent) return null;
  return createHmac("sha256", authSecret ?? "keel").update(`${ip ?? ""}\n${agent}`).digest("hex");
}

function codeFromRequest(headers: Headers): string | null {
  const fromHeader = normalizeCode(headers.get(referralHeader));
  if (fromHeader) return fromHeader;
  const cookie = new RegExp(`(?:^|;\\s*)${referralCookie}=([^;]+)`).exec(headers.get("cookie") ?? "")?.[1];
  return cookie ? normalizeCode(decodeURIComponent(cookie)) : null;
}

/**
 * Mail providers many unrelated people share: two addresses there say nothing about one person.
 * A short list on purpose (the big ones); a rarely used free domain shared by referrer and
 * referred is refused, which costs one reward at worst.
 */
const sharedMailDomains = new Set(["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.com", "web.de", "mail.com", "yandex.ru", "yandex.com", "qq.com", "163.com", "zoho.com", "fastmail.com", "hey.com"]);
const domainOf = (email: string) => email.split("@")[1]?.toLowerCase() ?? "";

/**
 * After sign-up (`onUserSignedUp`, in its transaction): remembers the device, and when the request
 * carries a referral code (the sign-up form's header from `?ref=`, or the consented cookie)
 * records the referral — `refused` when the referrer is the same person by their email's company
 * domain or by device, or when the address was referred before (by its hash, which outlives an
 * erased account: deleting an account and signing up again earns no second reward). The payment-customer rule and the monthly cap apply at the first payment.
 */
export async function attributeSignUp(tx: Executor, user: { id: string; email: string }, signUp: SignUpRequest): Promise<void> {
  const device = signUp.headers ? deviceHash(signUp.headers) : null;
  if (device) await tx.insert(referralDevices).values({ userId: user.id, deviceHash: device }).onConflictDoNothing();
  const code = signUp.headers ? codeFromRequest(signUp.headers) : null;
  if (!code) return;
  const [owner] = await tx.select({ userId: referralCodes.userId, email: users.email }).from(referralCodes).innerJoin(users, eq(users.id, referralCodes.userId)).where(eq(referralCodes.code, code));
  if (!owner || owner.userId === user.id) return;
  const domain = domainOf(user.email);
  const sameDomain = domain !== "" && domain === domainOf(owner.email) && !sharedMailDomains.has(domain);
  const [sameDevice] = device ? await tx.select({ userId: referralDevices.userId }).from(referralDevices).where(and(eq(referralDevices.userId, owner.userId), eq(referralDevices.deviceHash, device))) : [];
  const hash = emailHash(user.email);
  const [before] = await tx.select({ id: referrals.id }).from(referrals).where(eq(referrals.referredEmailHash, hash)).limit(1);
  const reason = before ? "already_referred" : sameDomain ? "same_email_domain" : sameDevice ? "same_device" : null;
  await tx
    .insert(referrals)
    .values({ id: referralIds.newId("referral"), referrerId: owner.userId, referredUserId: user.id, referredEmailHash: hash, code, status: reason ? "refused" : "signed_up", reason })
    .onConflictDoNothing({ target: referrals.referredUserId });
}

/** Drops device hashes older than 90 days (the `referrals.forget-devices` job). */
export async function forgetOldDevices(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 90 * 86_400_000);
  const gone = await db.delete(referralDevices).where(sql`${referralDevices.seenAt} < ${cutoff}`).returning({ userId: referralDevices.userId });
  return gone.length;
}
