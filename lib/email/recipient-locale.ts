import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The language to write to an address in: the saved `users.locale` of the account with that
 * address, else `fallback`. Better Auth stores addresses lower-cased (and lib/auth lower-cases what
 * it writes), so comparing the lower-cased address keeps the lookup on `users_email_key`.
 * Read through the caller's executor: a user who changed the preference in the same transaction
 * gets the new one.
 */
export async function recipientLocale(executor: Executor, to: string, fallback: Locale = defaultLocale): Promise<Locale> {
  const [user] = await executor.select({ locale: users.locale }).from(users).where(eq(users.email, to.trim().toLowerCase())).limit(1);
  return isLocale(user?.locale) ? user.locale : fallback;
}
