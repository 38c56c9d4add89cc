import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** A key as lists and updates answer it: never the key, never its hash. */
export const apiKeyResponse = z.object({
  id: z.string().describe("key_…"),
  name: z.string(),
  environment: z.enum(["live", "test"]),
  start: z.string().describe("The key's first characters, to recognise it."),
  scopes: z.array(z.string()),
  expiresAt: timestamp.nullable(),
  rateLimit: z.object({ limit: z.number().int(), windowSeconds: z.number().int() }).nullable(),
  createdBy: z.string().nullable(),
  lastUsedAt: timestamp.nullable(),
  revokedAt: timestamp.nullable().describe("When the key was revoked; only listed with `?include=revoked`."),
  previousKey: z
    .object({ start: z.string().describe("The replaced secret's first characters."), expiresAt: timestamp.describe("When the replaced secret stops working.") })
    .nullable()
    .describe("The secret the last rotation replaced, while it still works; null otherwise."),
  createdAt: timestamp,
});

/** `POST` (create) and `POST …/rotate` answer the key itself, once. */
export const createdApiKeyResponse = apiKeyResponse.extend({ key: z.string().describe("sk_live_… or sk_test_…: shown once.") });

export type ApiKeyResponse = ResponseOf<typeof apiKeyResponse>;
export type CreatedApiKeyResponse = ResponseOf<typeof createdApiKeyResponse>;

/** `POST /v1/keys/verify`: always 200 with a decision. */
export const verifyKeyResponse = z.discriminatedUnion("valid", [
  z.object({
    valid: z.literal(true),
    keyId: z.string(),
    tenantId: z.string(),
    environment: z.enum(["live", "test"]),
    permissions: z.array(z.string()).describe("The key's scopes."),
    rateLimit: z.object({ limit: z.number().int(), remaining: z.number().int(), reset: z.number().int() }),
  }),
  z.object({ valid: z.literal(false), reason: z.enum(["malformed", "unknown", "revoked", "expired", "plan", "rate_limited"]) }),
]);
