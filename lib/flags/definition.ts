import { z } from "zod";

export const flagTypes = ["boolean", "string", "number", "json"] as const;
export type FlagType = (typeof flagTypes)[number];

const ids = z.array(z.string().trim().min(1).max(200)).max(10_000);

/** Who a rule is for: every listed criterion must hold (an empty match is everyone). */
export const ruleMatch = z
  .object({
    userIds: ids.optional(),
    tenantIds: ids.optional(),
    plans: ids.optional(),
    billingStates: ids.optional(),
    platformRoles: ids.optional(),
    segments: ids.optional(),
    /** Matched against the part after `@`, case-insensitively. */
    emailDomains: ids.optional(),
  })
  .strict();

export const flagRule = z.object({
  match: ruleMatch.default({}),
  /** Of those matched, this share (sticky by user, else tenant) gets the value. */
  percentage: z.number().min(0).max(100).optional(),
  value: z.unknown(),
});
export type FlagRule = z.output<typeof flagRule>;

const environmentOverride = z.object({ defaultValue: z.unknown().optional(), rules: z.array(flagRule).max(50).optional() }).strict();

const flagFields = {
  type: z.enum(flagTypes),
  description: z.string().max(500).optional(),
  defaultValue: z.unknown(),
  rules: z.array(flagRule).max(50).default([]),
  environments: z.object({ development: environmentOverride.optional(), production: environmentOverride.optional() }).strict().optional(),
};

/** A value of the flag's type (JSON: anything JSON can hold, up to 8 KB). */
function valueFits(type: FlagType, value: unknown): boolean {
  switch (type) {
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string" && value.length <= 1_000;
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "json":
      return value !== undefined && JSON.stringify(value).length <= 8_192;
  }
}

/** Every value in a definition (default, rules, overrides) must be of its type. */
function checkValues(flag: { type: FlagType; defaultValue?: unknown; rules?: FlagRule[]; environments?: Record<string, { defaultValue?: unknown; rules?: FlagRule[] } | undefined> }, ctx: z.RefinementCtx) {
  const check = (value: unknown, path: (string | number)[]) => {
    if (!valueFits(flag.type, value)) ctx.addIssue({ code: "custom", path, message: `Must be a ${flag.type} value.` });
  };
  if ("defaultValue" in flag) check(flag.defaultValue, ["defaultValue"]);
  flag.rules?.forEach((rule, i) => check(rule.value, ["rules", i, "value"]));
  for (const [env, override] of Object.entries(flag.environments ?? {})) {
    if (override && "defaultValue" in override && override.defaultValue !== undefined) check(override.defaultValue, ["environments", env, "defaultValue"]);
    override?.rules?.forEach((rule, i) => check(rule.value, ["environments", env, "rules", i, "value"]));
  }
}

export const flagKey = z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, "Lower-case letters, digits, `_`, `.` and `-`, starting with a letter (at most 64).");

/** `POST /platform/flags`. */
export const createFlagInput = z.object({ key: flagKey, ...flagFields }).superRefine(checkValues);

/** `PATCH /platform/flags/:key`: any field but the key and type; `archived` archives or restores. */
export const updateFlagInput = z
  .object({
    description: flagFields.description,
    defaultValue: z.unknown().optional(),
    rules: z.array(flagRule).max(50).optional(),
    environments: flagFields.environments,
    archived: z.boolean().optional(),
  })
  .strict();

