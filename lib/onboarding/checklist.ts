import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { onboardingChecklists, onboardingSteps } from "@/db/schema/onboarding";
import { tenantMembers } from "@/db/schema/tenants";
import { emit } from "@/lib/jobs";
import { installedOnboardingSteps } from "@/lib/manifest/assembled";
import { onboardingError } from "./catalog";

export type ChecklistStep = { id: string; title: string; href: string; scope: "user" | "tenant"; done: boolean };
export type Checklist = { steps: ChecklistStep[]; done: number; total: number; dismissed: boolean; completed: boolean };

/**
 * The checklist of `userId` in `tenantId`: every installed module's steps, each done when its
 * module's own data says so (an email verified, a key created), never from a click. Steps seen
 * done are recorded, so they stay done and are not asked again. When the last step is first seen
 * done, `onboarding.completed` is recorded in the same transaction, once per user and tenant
 * (product analytics turns it into an event). `title` is a full message key.
 */
export async function checklistFor(who: { userId: string; tenantId: string }): Promise<Checklist> {
  const steps = installedOnboardingSteps();
  const scopeOf = (scope: "user" | "tenant") => (scope === "user" ? who.userId : who.tenantId);
  const [state, recorded] = await Promise.all([
    checklistState(who),
    db.select({ scopeId: onboardingSteps.scopeId, stepId: onboardingSteps.stepId }).from(onboardingSteps).where(inArray(onboardingSteps.scopeId, [who.userId, who.tenantId])),
  ]);
  const seen = new Set(recorded.map((r) => `${r.scopeId}/${r.stepId}`));
  const result: ChecklistStep[] = [];
  const newlyDone: { scopeId: string; stepId: string }[] = [];
  for (const step of steps) {
    const scopeId = scopeOf(step.scope);
    let done = seen.has(`${scopeId}/${step.id}`);
    if (!done && (await step.done(db, who))) {
      done = true;
      newlyDone.push({ scopeId, stepId: step.id });
    }
    result.push({ id: step.id, title: `${step.module}.${step.title}`, href: step.href, scope: step.scope, done });
  }
  const done = result.filter((s) => s.done).length;
  const complete = steps.length > 0 && done === steps.length;
  let completed = Boolean(state?.completedAt);
  // Writes only when something changed: a view that finds nothing new reads and goes.
  if (newlyDone.length > 0 || !state || (complete && !completed)) {
    completed = await db.transaction(async (tx) => {
      if (newlyDone.length > 0) await tx.insert(onboardingSteps).values(newlyDone).onConflictDoNothing();
      await tx.insert(onboardingChecklists).values(who).onConflictDoNothing();
      if (!complete) return completed;
      // Only the request that flips completed_at from null records the event.
      const [flipped] = await tx
        .update(onboardingChecklists)
        .set({ completedAt: new Date() })
        .where(and(eq(onboardingChecklists.userId, who.userId), eq(onboardingChecklists.tenantId, who.tenantId), isNull(onboardingChecklists.completedAt)))
        .returning({ userId: onboardingChecklists.userId });
      if (flipped) await emit(tx, "onboarding.completed", { userId: who.userId, tenantId: who.tenantId, steps: steps.map((s) => s.id) });
      return true;
    });
  }
  return { steps: result, done, total: steps.length, dismissed: Boolean(state?.dismissedAt), completed };
}

/** The user's checklist row in the tenant (dismissed, completed), if any: one lookup. */
export async function checklistState(who: { userId: string; tenantId: string }) {
  const [row] = await db.select().from(onboardingChecklists).where(and(eq(onboardingChecklists.userId, who.userId), eq(onboardingChecklists.tenantId, who.tenantId)));
  return row ?? null;
}

/** Hides the card for this user in this tenant; the steps keep completing underneath. */
export async function dismissChecklist(who: { userId: string; tenantId: string }): Promise<void> {
  await db
    .insert(onboardingChecklists)
    .values({ ...who, dismissedAt: new Date() })
    .onConflictDoUpdate({ target: [onboardingChecklists.userId, onboardingChecklists.tenantId], set: { dismissedAt: sql`coalesce(${onboardingChecklists.dismissedAt}, now())` } });
}

/** Drops a deleted user's or tenant's rows, in the deletion's transaction (the module's lifecycle hooks). */
export async function forgetOnboarding(tx: Executor, id: string): Promise<void> {
  await tx.delete(onboardingSteps).where(eq(onboardingSteps.scopeId, id));
  await tx.delete(onboardingChecklists).where(or(eq(onboardingChecklists.userId, id), eq(onboardingChecklists.tenantId, id)));
}

/** The session's active tenant, if the user is still a member of it (409 `no_active_tenant` otherwise). */
export async function activeMembership(user: { userId: string; activeTenantId?: string | null }): Promise<{ userId: string; tenantId: string }> {
  const tenantId = user.activeTenantId;
  const [member] = tenantId ? await db.select({ id: tenantMembers.id }).from(tenantMembers).where(and(eq(tenantMembers.tenantId, tenantId), eq(tenantMembers.userId, user.userId))) : [];
  if (!tenantId || !member) throw onboardingError("no_active_tenant", "Choose a tenant first: the checklist belongs to one.");
  return { userId: user.userId, tenantId };
}
