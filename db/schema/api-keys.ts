import { index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, timestamptz } from "./columns";
import { tenants } from "./tenants";

/**
 * Tenant API keys. Only the SHA-256 of a key is stored (a key is 128+ random bits, so a fast hash
 * is enough: there is nothing to brute-force); `start` is its first 12 characters, for display.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** `live` or `test`: test keys never consume credits. */
    environment: text({ enum: ["live", "test"] }).notNull(),
    /** Hex SHA-256 of the whole key. */
    keyHash: text().notNull(),
    start: text().notNull(),
    scopes: jsonb().$type<string[]>().notNull().default([]),
    expiresAt: timestamptz(),
    /** The key's own rate limit; null = the plan's default. */
    rateLimitLimit: integer(),
    rateLimitWindowSeconds: integer(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    lastUsedAt: timestamptz(),
    revokedAt: timestamptz(),
    /**
     * The secret a rotation replaced, still accepted until `previousKeyExpiresAt` (the overlap the
     * rotation chose, 0–7 days, never past `expiresAt`). One at a time: a later rotation drops it.
     */
    previousKeyHash: text(),
    previousKeyStart: text(),
    previousKeyExpiresAt: timestamptz(),
    /** The `expiresAt` whose 7-day reminder went out: one email per key and expiry. */
    expiryRemindedFor: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_idx").on(t.keyHash),
    uniqueIndex("api_keys_previous_key_hash_idx").on(t.previousKeyHash),
    index("api_keys_tenant_idx").on(t.tenantId, t.id),
  ],
);
