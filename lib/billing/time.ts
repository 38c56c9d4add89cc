import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { billingNotices } from "@/db/schema/billing";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { trialEndingEmail } from "./emails";
import { defineJob, notify } from "@/lib/jobs";
import { trialEndingNotification } from "./notifications";
import { tenantsInStates } from "@/lib/plans";
import { tenantAdminContacts } from "@/lib/tenants/membership";
import { readBillingAccount } from "./account";
import { sendDunningNotice } from "./dunning-notices";
import { plans, trialPlan } from "./plans";
import { tenantNow } from "./simulator/clock";
import { transitionBillingState } from "./state";

const day = 86_400_000;

/**
 * Trials: a reminder 3 days before the end; at the end, without a paid subscription, the tenant
 * falls back to free (its data stays). Each tenant is judged at its own clock (the simulator's
 * test clock, or real time).
 */
async function runTrial(tx: Executor, tenant: { tenantId: string; trialEndsAt: Date | null }, now: Date) {
  if (!tenant.trialEndsAt) return;
  if (now.getTime() >= tenant.trialEndsAt.getTime() - 3 * day) {
    const key = `trial:${tenant.trialEndsAt.toISOString()}:reminder`;
    const [fresh] = await tx.insert(billingNotices).values({ tenantId: tenant.tenantId, key }).onConflictDoNothing().returning();
    if (fresh && now < tenant.trialEndsAt) {
      for (const contact of await tenantAdminContacts(tenant.tenantId, tx)) {
        await sendEmail(tx, { to: contact.email, template: trialEndingEmail, props: { tenantName: contact.tenantName, planName: plans[trialPlan].name, trialEndsAt: tenant.trialEndsAt.toISOString(), url: `${appUrl}/dashboard/billing` } });
      }
      await notify(tx, trialEndingNotification, { tenantId: tenant.tenantId, tenantRoles: ["owner", "admin"], data: { planName: plans[trialPlan].name, trialEndsAt: tenant.trialEndsAt } });
    }
  }
  if (now >= tenant.trialEndsAt) {
    await transitionBillingState(tx, { tenantId: tenant.tenantId, to: "free", reason: "trial ended unpaid", at: now, fields: { plan: "free", trialEndsAt: null } });
  }
}

/**
 * Dunning: emails on day 0 (sent when the payment fails), day 3 and the day before grace ends;
 * at the end of grace the tenant is suspended — paid features answer 402, data is kept.
 */
async function runDunning(tx: Executor, tenant: { tenantId: string; graceUntil: Date | null; pastDueSince: Date | null }, now: Date) {
  if (!tenant.graceUntil || !tenant.pastDueSince) return;
  const episode = { tenantId: tenant.tenantId, pastDueSince: tenant.pastDueSince, graceUntil: tenant.graceUntil };
  if (now.getTime() >= tenant.pastDueSince.getTime() + 3 * day) await sendDunningNotice(tx, { ...episode, stage: "day3" });
  if (now.getTime() >= tenant.graceUntil.getTime() - day && now < tenant.graceUntil) await sendDunningNotice(tx, { ...episode, stage: "final" });
  if (now >= tenant.graceUntil) {
    await transitionBillingState(tx, { tenantId: tenant.tenantId, to: "suspended", reason: "grace period ended", at: now });
  }
}

/** Runs trials and dunning for one tenant, or every tenant that has either under way. */
export async function runBillingClock(tenantId?: string, states: ("trialing" | "past_due")[] = ["trialing", "past_due"]): Promise<number> {
  const due = (await tenantsInStates(states)).filter((id) => !tenantId || id === tenantId);
  for (const id of due) {
    await db.transaction(async (tx) => {
      const tenant = await readBillingAccount(tx, id, { lock: true });
      const now = await tenantNow(id, tx);
      if (tenant.state === "trialing") await runTrial(tx, tenant, now);
      if (tenant.state === "past_due") await runDunning(tx, tenant, now);
    });
  }
  return due.length;
}

export const dunningJob = defineJob({ id: "billing.dunning", schema: z.object({}), cron: "0 6 * * *", run: async () => void (await runBillingClock(undefined, ["past_due"])) });
export const trialsJob = defineJob({ id: "billing.trials", schema: z.object({}), cron: "30 6 * * *", run: async () => void (await runBillingClock(undefined, ["trialing"])) });
