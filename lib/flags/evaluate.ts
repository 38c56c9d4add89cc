import type { FlagRule, FlagType } from "./definition";
import { rolloutBucket } from "./hash";

/** What rules match on: the caller, their active tenant, and its plan and billing state. */
export type FlagContext = {
  userId?: string | null;
  tenantId?: string | null;
  email?: string | null;
  platformRole?: string | null;
  plan?: string | null;
  billingState?: string | null;
  segments?: readonly string[];
};

/** A flag as evaluation needs it: this environment's default and rules, with sets for the id lists. */
export type CompiledFlag = {
  key: string;
  type: FlagType;
  defaultValue: unknown;
  rules: CompiledRule[];
};

type CompiledRule = {
  userIds?: Set<string>;
  tenantIds?: Set<string>;
  plans?: Set<string>;
  billingStates?: Set<string>;
  platformRoles?: Set<string>;
  segments?: Set<string>;
  emailDomains?: Set<string>;
  /** Buckets below this (0–10,000) get the value; undefined: everyone matched. */
  threshold?: number;
  value: unknown;
};

export type Environment = "development" | "production";

/**
 * Picks this environment's definition (an override replaces the default and/or the rules) and
 * turns every id list into a Set, once per snapshot, so an evaluation is a few Set lookups.
 */
export function compileFlag(
  flag: { key: string; type: FlagType; defaultValue: unknown; rules: FlagRule[]; environments?: Partial<Record<Environment, { defaultValue?: unknown; rules?: FlagRule[] }>> },
  environment: Environment,
): CompiledFlag {
  const override = flag.environments?.[environment];
  const rules = override?.rules ?? flag.rules;
  const set = (list?: readonly string[], lower = false) => (list && list.length > 0 ? new Set(lower ? list.map((s) => s.toLowerCase()) : list) : undefined);
  return {
    key: flag.key,
    type: flag.type,
    defaultValue: override?.defaultValue !== undefined ? override.defaultValue : flag.defaultValue,
    rules: rules.map((rule) => ({
      userIds: set(rule.match.userIds),
      tenantIds: set(rule.match.tenantIds),
      plans: set(rule.match.plans),
      billingStates: set(rule.match.billingStates),
      platformRoles: set(rule.match.platformRoles),
      segments: set(rule.match.segments),
      emailDomains: set(rule.match.emailDomains, true),
      threshold: rule.percentage === undefined ? undefined : Math.round(rule.percentage * 100),
      value: rule.value,
    })),
  };
}

const has = (set: Set<string> | undefined, value: string | null | undefined) => set === undefined || (value != null && set.has(value));

/**
 * The first rule that matches serves its value (`ruleIndex` its position); none does, the default
 * (`ruleIndex` -1). A percentage rule buckets by user id, else tenant id; with neither it matches
 * nobody, so an anonymous caller never lands in a partial rollout by chance.
 */
export function evaluateFlag(flag: CompiledFlag, ctx: FlagContext): { value: unknown; ruleIndex: number } {
  for (let i = 0; i < flag.rules.length; i++) {
    const rule = flag.rules[i]!;
    if (!has(rule.userIds, ctx.userId) || !has(rule.tenantIds, ctx.tenantId) || !has(rule.plans, ctx.plan)) continue;
    if (!has(rule.billingStates, ctx.billingState) || !has(rule.platformRoles, ctx.platformRole)) continue;
    if (rule.emailDomains && !has(rule.emailDomains, ctx.email?.split("@")[1]?.toLowerCase())) continue;
    if (rule.segments && !(ctx.segments ?? []).some((s) => rule.segments!.has(s))) continue;
    if (rule.threshold !== undefined) {
      const unit = ctx.userId ?? ctx.tenantId;
      if (!unit || rolloutBucket(flag.key, unit) >= rule.threshold) continue;
    }
    return { value: rule.value, ruleIndex: i };
  }
  return { value: flag.defaultValue, ruleIndex: -1 };
}
