import { plans, type PlanId, type PlanLimits } from "@/lib/plans";

/** Meter names: lower case, start with a letter, dots and underscores allowed, at most 64 long. */
export const meterNamePattern = /^[a-z][a-z0-9_.]{0,63}$/;

/** The meter every metered API call counts on (`POST /v1/echo` is the sample). */
export const apiRequestsMeter = "api_requests";

/**
 * What happens when a tenant reaches a meter's monthly limit:
 * - `hard`: refuse with 429 `quota_exceeded` until the period resets or the plan changes;
 * - `soft`: allow, warn (alerts and an `X-Quota-Warning` header);
 * - `overage`: allow, and bill every unit past the limit at period close.
 */
export type QuotaMode = "hard" | "soft" | "overage";

/** Meters with a plan limit: where the limit comes from, and how overage is priced. */
export const limitedMeters = {
  [apiRequestsMeter]: {
    limit: (limits: PlanLimits) => limits.apiRequestsPerMonth,
    price: (plan: PlanId) => plans[plan].metered?.apiRequests ?? null,
  },
} satisfies Record<string, { limit: (limits: PlanLimits) => number | null; price: (plan: PlanId) => { unit: number; amount: number } | null }>;

export type LimitedMeter = keyof typeof limitedMeters;

/** The enforcement mode per plan and limited meter. Edit freely: it is the whole policy. */
export const quotaModes: Record<PlanId, Record<LimitedMeter, QuotaMode>> = {
  free: { api_requests: "hard" },
  starter: { api_requests: "overage" },
  pro: { api_requests: "overage" },
  enterprise: { api_requests: "soft" },
};

/** Plans from smallest to largest: where "the plan that would fit" is looked for. */
export const planLadder: readonly PlanId[] = ["free", "starter", "pro", "enterprise"];

export function isLimitedMeter(meter: string): meter is LimitedMeter {
  return Object.hasOwn(limitedMeters, meter);
}

/** Percentages of a limit at which owners and admins are told, once per period each. */
export const alertThresholds = [80, 100] as const;
