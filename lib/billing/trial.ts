import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema/auth";
import { emailHash } from "@/lib/auth/email-hash";
import { billingTrials } from "@/db/schema/billing";
import { billingEnv } from "@/lib/billing/env";
import { trialPlan } from "./plans";
import { transitionBillingState } from "./state";

/**
 * A new tenant tries the trial plan for BILLING_TRIAL_DAYS, no card needed (0 turns it off) —
 * once per person (and so per billing customer, which the provider keys by the same email): a
 * person who already trialed starts this tenant on free, so creating tenants, or transferring a
 * trialed one away, is not a way to extend a trial forever. The claim is an insert against a
 * primary key, so concurrent sign-ups cannot both win. It is keyed by the address's salted hash,
 * never the address: the row outlives an erased account, so the same address signing up again
 * after the privacy purge gets no second trial.
 */
export async function startTrial(tx: Executor, tenantId: string, now = new Date(), ownerId?: string): Promise<void> {
  if (billingEnv.BILLING_TRIAL_DAYS <= 0) return;
  if (ownerId && !(await claimTrial(tx, ownerId, tenantId))) return;
  const trialEndsAt = new Date(now.getTime() + billingEnv.BILLING_TRIAL_DAYS * 86_400_000);
  await transitionBillingState(tx, { tenantId, to: "trialing", reason: "trial started", at: now, fields: { plan: trialPlan, trialEndsAt } });
}

async function claimTrial(tx: Executor, userId: string, tenantId: string): Promise<boolean> {
  const [owner] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!owner) return false;
  const claimed = await tx
    .insert(billingTrials)
    .values({ emailHash: emailHash(owner.email), userId, tenantId })
    .onConflictDoNothing()
    .returning({ emailHash: billingTrials.emailHash });
  return claimed.length > 0;
}
