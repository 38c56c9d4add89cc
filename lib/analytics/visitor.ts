import { createHash, randomBytes } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { analyticsSalts } from "@/db/schema/analytics";

/**
 * The cookieless visitor id, as Plausible makes it: a hash of a random salt for the UTC day, the
 * site, the IP address and the user agent. The same browser on the same day is one visitor; the
 * next day it is another, and once the day's salt is deleted (after two days) nobody, us included,
 * can tell which address a hash came from. No cookie, no local storage, no fingerprinting beyond
 * what every request carries.
 */
export async function visitorHash(input: { day: string; site: string; ip: string | null; userAgent: string }): Promise<string> {
  const salt = await saltFor(input.day);
  return createHash("sha256").update(`${salt}\n${input.site}\n${input.ip ?? ""}\n${input.userAgent}`).digest("base64url").slice(0, 22);
}

// The day's salt, cached per process: one read per day instead of one per pageview.
const cache = new Map<string, string>();

async function saltFor(day: string): Promise<string> {
  const cached = cache.get(day);
  if (cached) return cached;
  // Two processes may make the first request of a day at once: the first insert wins and both
  // read the stored salt, so every process hashes with the same one.
  await db.insert(analyticsSalts).values({ day, salt: randomBytes(32).toString("base64url") }).onConflictDoNothing();
  const [row] = await db.select({ salt: analyticsSalts.salt }).from(analyticsSalts).where(sql`${analyticsSalts.day} = ${day}`);
  if (!row) throw new Error(`The analytics salt for ${day} could not be stored.`);
  if (cache.size > 4) cache.clear();
  cache.set(day, row.salt);
  return row.salt;
}

/** Deletes salts older than yesterday (the rollup job calls it), so old hashes stay anonymous. */
export async function deleteOldSalts(today: string): Promise<void> {
  await db.delete(analyticsSalts).where(lt(analyticsSalts.day, sql`(${today}::date - 1)`));
  cache.clear();
}
