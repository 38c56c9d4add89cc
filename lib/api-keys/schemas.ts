import { z } from "zod";
import { pageQuery } from "@/lib/http/pagination";

/** A key's own rate limit: `limit` requests per `windowSeconds`. */
export const rateLimitRule = z
  .object({
    limit: z.int().min(1).max(1_000_000).describe("Requests allowed per window."),
    windowSeconds: z.int().min(1).max(86_400).describe("Window length in seconds (at most a day)."),
  })
  .describe("The key's own rate limit; omit or null for the plan's default.");

export const scopeList = z
  // The vocabulary is the app's matrix, checked by createApiKey/updateApiKey against GET /iam-roles.
  .array(z.string().regex(/^[a-z][a-z_]*:(read|write)$/, "A scope looks like `projects:read`."))
  .max(100)
  .transform((scopes) => [...new Set(scopes)].sort())
  .describe("What the key may do, e.g. `projects:read`. See GET /iam-roles for the vocabulary.");

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100).describe("A label for people, e.g. `CI deploys`."),
  environment: z.enum(["live", "test"]).describe("`test` keys never consume credits."),
  scopes: scopeList,
  expiresAt: z.coerce
    .date()
    .refine((d) => d.getTime() > Date.now(), "Must be in the future.")
    .nullish()
    .describe("When the key stops working; omit for never."),
  rateLimit: rateLimitRule.nullish(),
});

export const updateApiKeyInput = z
  .object({
    name: createApiKeyInput.shape.name.optional(),
    scopes: scopeList.optional(),
    rateLimit: rateLimitRule.nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Send at least one field.");

/** The longest overlap a rotation may give the replaced secret: 7 days. */
export const maxOverlapSeconds = 7 * 86_400;

export const rotateApiKeyInput = z.object({
  overlapSeconds: z
    .int({ error: (issue) => (issue.input === undefined ? "Required: 0 to 604800 seconds." : "A whole number of seconds.") })
    .min(0, "At least 0 (the old secret stops at once).")
    .max(maxOverlapSeconds, "At most 604800 (7 days).")
    .describe("How long the old secret keeps working beside the new one, in seconds: 0 (it stops at once) to 604800 (7 days)."),
});

/** `GET …/api-keys` query: pagination, and whether revoked keys are listed too. */
export const listApiKeysQuery = pageQuery.extend({
  include: z.enum(["revoked"]).optional().describe("`revoked` lists revoked keys too (each with `revokedAt`); omit for the keys that are not revoked."),
});

export const verifyKeyInput = z.object({ key: z.string().max(200).describe("The API key to check.") });

export type CreateApiKeyInput = z.output<typeof createApiKeyInput>;
export type UpdateApiKeyInput = z.output<typeof updateApiKeyInput>;
export type RotateApiKeyInput = z.output<typeof rotateApiKeyInput>;
export type ListApiKeysQuery = z.output<typeof listApiKeysQuery>;
export type RateLimitRule = z.output<typeof rateLimitRule>;
