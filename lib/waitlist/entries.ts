import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { waitlistEntries } from "@/db/schema/waitlist";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { coreError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { rateLimit, rateLimitHeaders } from "@/lib/rate-limit";
import { waitlistError, waitlistIds } from "./catalog";
import { waitlistVerifyEmail } from "./emails";
import { waitlistKeys } from "./keys";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
/** 8 characters a person can read aloud and type: no 0/O, 1/I/L. */
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
function newCode(): string {
  return Array.from(randomBytes(8), (b) => codeAlphabet[b % codeAlphabet.length]).join("");
}

/**
 * The public page is `/join`, not `/waitlist`: that path is the API's (`POST /waitlist`, the
 * contract), and one URL cannot be both a page and a route handler.
 */
export const waitlistPageUrl = (query: string) => `${appUrl}/join?${query}`;

/**
 * Positions in line, for everyone still waiting (not yet invited): the order of joining, moved up
 * `WAITLIST_REFERRAL_BOOST` places per referral that verified its address (landing ahead of whoever
 * held that place); other ties keep the order of joining. One window query over the waiting entries: fine for a waitlist of a few hundred
 * thousand; past that, store the score.
 */
function positionsSql(boost: number) {
  return sql`
    with waiting as (
      select e.id, row_number() over (order by e.created_at, e.id) as joined,
        (select count(*) from ${waitlistEntries} r where r.referred_by = e.id and r.verified_at is not null)::int as referrals
      from ${waitlistEntries} e where e.invited_at is null
    )
    select id, referrals, row_number() over (order by joined - referrals * ${boost}::int, referrals desc, joined)::int as position from waiting`;
}

/** An entry's position (0 once invited) and its verified referrals. */
export async function positionOf(entryId: string, executor: Executor = db): Promise<{ position: number; referrals: number }> {
  const { WAITLIST_REFERRAL_BOOST } = waitlistKeys();
  const result = await executor.execute<{ position: number; referrals: number }>(sql`select position, referrals from (${positionsSql(WAITLIST_REFERRAL_BOOST)}) p where p.id = ${entryId}`);
  const row = result.rows[0];
  if (row) return { position: Number(row.position), referrals: Number(row.referrals) };
  const [referrals] = await executor.select({ n: sql<number>`count(*)::int` }).from(waitlistEntries).where(and(eq(waitlistEntries.referredBy, entryId), sql`${waitlistEntries.verifiedAt} is not null`));
  return { position: 0, referrals: referrals?.n ?? 0 };
}

/** The waiting entries in order of position (the admin list; `confirmedOnly`: those an invitation may go to), `limit` from `offset`. */
export async function waitingInOrder(limit: number, offset: number, { confirmedOnly = false } = {}) {
  const { WAITLIST_REFERRAL_BOOST } = waitlistKeys();
  const result = await db.execute<{ id: string; email: string; position: number; referrals: number; verified_at: Date | string | null; created_at: Date | string }>(sql`
    select p.id, e.email, p.position, p.referrals, e.verified_at, e.created_at
    from (${positionsSql(WAITLIST_REFERRAL_BOOST)}) p join ${waitlistEntries} e on e.id = p.id
    ${confirmedOnly ? sql`where e.verified_at is not null` : sql``}
    order by p.position limit ${limit} offset ${offset}`);
  return result.rows.map((r) => ({ id: r.id, email: r.email, position: Number(r.position), referrals: Number(r.referrals), verified: r.verified_at !== null, joinedAt: new Date(r.created_at) }));
}

const joinLimit = { limit: 10, windowSeconds: 3600 };

/**
 * `POST /waitlist`: adds the address and mails its position link, which verifies it. An address
 * already on the list keeps its place and gets nothing new (the answer is the same 201, so the
 * form reveals no more than the position). `ref` is another entry's code; an unknown one is
 * ignored rather than refused, so a stale link still lets someone join.
 */
export async function joinWaitlist(req: Request, input: { email: string; ref?: string }): Promise<{ position: number }> {
  const limited = await rateLimit(`waitlist:${clientIp(req) ?? "unknown"}`, joinLimit);
  if (!limited.success) throw coreError("rate_limited", "Too many sign-ups from this address; try again later.", { headers: rateLimitHeaders(limited) });
  const email = input.email.toLowerCase();
  const entryId = await db.transaction(async (tx) => {
    const [referrer] = input.ref ? await tx.select({ id: waitlistEntries.id, email: waitlistEntries.email }).from(waitlistEntries).where(eq(waitlistEntries.referralCode, input.ref.toUpperCase())) : [];
    const token = randomBytes(32).toString("base64url");
    const [created] = await tx
      .insert(waitlistEntries)
      .values({ id: waitlistIds.newId("waitlistEntry"), email, tokenHash: hash(token), referralCode: newCode(), referredBy: referrer && referrer.email !== email ? referrer.id : null })
      .onConflictDoNothing({ target: waitlistEntries.email })
      .returning({ id: waitlistEntries.id });
    if (created) {
      await sendEmail(tx, { to: email, template: waitlistVerifyEmail, props: { url: waitlistPageUrl(`token=${token}`) } });
      return created.id;
    }
    const [existing] = await tx.select({ id: waitlistEntries.id }).from(waitlistEntries).where(eq(waitlistEntries.email, email));
    return existing!.id;
  });
  return { position: (await positionOf(entryId)).position };
}

async function entryByToken(token: string) {
  const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.tokenHash, hash(token)));
  if (!entry) throw waitlistError("waitlist_entry_not_found", "This link names no place in line.");
  return entry;
}

/** `GET /waitlist/position?token=`: the place in line and the verified referrals. */
export async function positionByToken(token: string) {
  return positionOf((await entryByToken(token)).id);
}

/**
 * Opening the position link proves the address: the waitlist page verifies the entry (once) and
 * shows the place in line with the link to share.
 */
export async function verifyByToken(token: string) {
  const entry = await entryByToken(token);
  if (!entry.verifiedAt) await db.update(waitlistEntries).set({ verifiedAt: new Date() }).where(and(eq(waitlistEntries.id, entry.id), isNull(waitlistEntries.verifiedAt)));
  return { ...(await positionOf(entry.id)), invited: entry.invitedAt !== null, shareUrl: waitlistPageUrl(`ref=${entry.referralCode}`) };
}
