import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";

/**
 * Onboarding steps seen taken (lib/onboarding): `scope_id` is the user's id for a personal step,
 * the tenant's for a team step. Kept once seen, so a step stays ticked when its proof goes later
 * (the first project deleted) and a taken step is not asked again.
 */
export const onboardingSteps = pgTable(
  "onboarding_steps",
  {
    scopeId: text().notNull(),
    stepId: text().notNull(),
    completedAt: createdAt(),
  },
  (t) => [primaryKey({ name: "onboarding_steps_key", columns: [t.scopeId, t.stepId] })],
);

/** One user's checklist in one tenant: dismissed, and when every step was first seen done (the completion event fires then, once). */
export const onboardingChecklists = pgTable(
  "onboarding_checklists",
  {
    userId: text().notNull(),
    tenantId: text().notNull(),
    dismissedAt: timestamptz(),
    completedAt: timestamptz(),
  },
  (t) => [primaryKey({ name: "onboarding_checklists_key", columns: [t.userId, t.tenantId] })],
);
