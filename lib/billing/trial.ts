import type { Executor } from "@/db/client";
import { env } from "@/lib/env";
import { trialPlan } from "./plans";
import { transitionBillingState } from "./state";

/** A new tenant tries the trial plan for BILLING_TRIAL_DAYS, no card needed (0 turns it off). */
export async function startTrial(tx: Executor, tenantId: string, now = new Date()): Promise<void> {
  if (env.BILLING_TRIAL_DAYS <= 0) return;
  const trialEndsAt = new Date(now.getTime() + env.BILLING_TRIAL_DAYS * 86_400_000);
  await transitionBillingState(tx, { tenantId, to: "trialing", reason: "trial started", at: now, fields: { plan: trialPlan, trialEndsAt } });
}
