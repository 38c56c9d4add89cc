// The face of lib/plans (core): the plan catalog, a tenant's plan and standing, and what they
// entitle it to. Billing writes; everyone else reads.
export { plans, planLadder, defaultPlan, isPlanId, planLimits, upgradeFor } from "./catalog";
export type { Plan, PlanId, PlanLimits, Feature, Interval } from "./catalog";
export { planStates, isPlanState, type PlanState } from "./states";
export { readTenantPlan, readTenantPlanRow, defaultTenantPlan, writeTenantPlan, tenantsInStates, type TenantPlan } from "./store";
export { calendarMonth, currentPeriod, plusMonths, type PlanPeriod } from "./period";
export { monthlyRecurringAmount, planCurrency, revenueStates } from "./revenue";
export { entitlementsFor, getEntitlements, limitError, requireFeature, assertSeatsAvailable, planError, type Entitlements } from "./entitlements";
