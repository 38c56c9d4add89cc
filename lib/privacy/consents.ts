import { createHmac } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { privacyConsents } from "@/db/schema/privacy";
import { recordAudit } from "@/lib/audit";
import { authSecret } from "@/lib/auth/config";
import { clientIpFrom } from "@/lib/http/client-ip";
import type { SignUpRequest } from "@/lib/manifest/define";
import type { UserContext } from "@/lib/tenants";
import { consentTypes, privacyIds, type ConsentType } from "./catalog";
import { privacyKeys } from "./keys";

/** The version in force of what a consent is to: the terms, or the privacy policy (which also covers cookies and mail). */
export function currentVersion(type: ConsentType): string {
  const keys = privacyKeys();
  return type === "terms" ? keys.TERMS_VERSION : keys.PRIVACY_POLICY_VERSION;
}

/** The address a consent was given from, kept only as a keyed hash: enough to tell two sources apart, not to find anyone. */
function ipHash(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac("sha256", authSecret ?? "keel").update(`keel:privacy:consent-ip:v1\n${ip}`).digest("hex").slice(0, 32);
}

export type ConsentState = { type: ConsentType; version: string; granted: boolean; at: Date };

/** Each type's latest decision (types never decided are absent). */
export async function currentConsents(userId: string, executor: Executor = db): Promise<ConsentState[]> {
  const rows = await executor.select().from(privacyConsents).where(eq(privacyConsents.userId, userId)).orderBy(desc(privacyConsents.createdAt), desc(privacyConsents.id));
  const latest = new Map<ConsentType, ConsentState>();
  for (const row of rows) if (!latest.has(row.type)) latest.set(row.type, { type: row.type, version: row.version, granted: row.granted, at: row.createdAt });
  return consentTypes.flatMap((type) => (latest.has(type) ? [latest.get(type)!] : []));
}

/** Records one decision, at the version now in force (history is never rewritten). */
export async function recordConsent(user: Pick<UserContext, "userId" | "ipAddress">, input: { type: ConsentType; granted: boolean }, executor: Executor = db): Promise<ConsentState> {
  const version = currentVersion(input.type);
  const [row] = await executor
    .insert(privacyConsents)
    .values({ id: privacyIds.newId("consent"), userId: user.userId, type: input.type, version, granted: input.granted, ipHash: ipHash(user.ipAddress) })
    .returning();
  await recordAudit(executor, { action: "privacy.consent_changed", actorId: user.userId, targetType: "consent", targetId: row!.id, data: { type: input.type, granted: input.granted, version } });
  return { type: row!.type, version: row!.version, granted: row!.granted, at: row!.createdAt };
}

/** Whether the user's latest decision on `type` grants it; null when they never decided. */
export async function consentOf(userId: string, type: ConsentType, executor: Executor = db): Promise<boolean | null> {
  const [row] = await executor
    .select({ granted: privacyConsents.granted })
    .from(privacyConsents)
    .where(and(eq(privacyConsents.userId, userId), eq(privacyConsents.type, type)))
    .orderBy(desc(privacyConsents.createdAt), desc(privacyConsents.id))
    .limit(1);
  return row ? row.granted : null;
}

/** Terms or privacy policy versions the user has not accepted yet (asked again at their next sign-in). */
export async function pendingAcceptances(userId: string): Promise<ConsentType[]> {
  return pendingIn(await currentConsents(userId));
}

/** The terms or privacy policy versions not accepted yet, from the latest decisions already read. */
export function pendingIn(current: readonly ConsentState[]): ("terms" | "privacy")[] {
  return (["terms", "privacy"] as const).filter((type) => {
    const state = current.find((c) => c.type === type);
    return !state || !state.granted || state.version !== currentVersion(type);
  });
}

/**
 * At sign-up (`onUserSignedUp`): creating the account accepts the terms and privacy policy in force
 * (the form says so beside its button), and the form's optional box — sent as
 * `x-marketing-consent: granted` — records marketing email either way.
 */
export async function recordSignUpConsents(tx: Executor, user: { id: string }, signUp: SignUpRequest): Promise<void> {
  const ipAddress = signUp.headers ? clientIpFrom(signUp.headers) : null;
  for (const type of ["terms", "privacy"] as const) await recordConsent({ userId: user.id, ipAddress }, { type, granted: true }, tx);
  if (signUp.headers?.has("x-marketing-consent")) {
    await recordConsent({ userId: user.id, ipAddress }, { type: "marketing_email", granted: signUp.headers.get("x-marketing-consent") === "granted" }, tx);
  }
}
