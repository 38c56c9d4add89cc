import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import * as authTables from "@/db/schema/auth";
import * as tenantTables from "@/db/schema/tenants";
import { timestamptz } from "@/db/schema/columns";

/**
 * better-auth's api-key plugin (@better-auth/api-key) on Keel's database, for comparison only: its
 * `apikey` table as the plugin's schema defines it (node_modules/@better-auth/api-key/dist/index.mjs,
 * `apiKeySchema`; columns snake_case like Keel's), created in the bench database only, and a
 * second betterAuth instance using it through the same drizzle handle (same pool).
 */
export const apikey = pgTable(
  "apikey",
  {
    id: text().primaryKey(),
    configId: text().notNull().default("default"),
    name: text(),
    start: text(),
    referenceId: text().notNull(),
    prefix: text(),
    key: text().notNull(),
    refillInterval: integer(),
    refillAmount: integer(),
    lastRefillAt: timestamptz(),
    enabled: boolean().default(true),
    rateLimitEnabled: boolean().default(true),
    rateLimitTimeWindow: integer(),
    rateLimitMax: integer(),
    requestCount: integer().default(0),
    remaining: integer(),
    lastRequest: timestamptz(),
    expiresAt: timestamptz(),
    createdAt: timestamptz().notNull(),
    updatedAt: timestamptz().notNull(),
    permissions: text(),
    metadata: text(),
  },
  (t) => [index("apikey_config_id_idx").on(t.configId), index("apikey_reference_id_idx").on(t.referenceId), index("apikey_key_idx").on(t.key)],
);

export async function createPluginTable(): Promise<void> {
  await db.execute(sql`create table if not exists apikey (
    id text primary key, config_id text not null default 'default', name text, start text,
    reference_id text not null, prefix text, key text not null, refill_interval integer,
    refill_amount integer, last_refill_at timestamptz, enabled boolean default true,
    rate_limit_enabled boolean default true, rate_limit_time_window integer, rate_limit_max integer,
    request_count integer default 0, remaining integer, last_request timestamptz,
    expires_at timestamptz, created_at timestamptz not null, updated_at timestamptz not null,
    permissions text, metadata text)`);
  await db.execute(sql`create index if not exists apikey_config_id_idx on apikey (config_id)`);
  await db.execute(sql`create index if not exists apikey_reference_id_idx on apikey (reference_id)`);
  await db.execute(sql`create index if not exists apikey_key_idx on apikey (key)`);
}

/**
 * The plugin with a generous rate limit (10^9 a minute) rather than none: Keel's verification
 * counts rate limits too, so both do the same job. Its default (10 a day) would refuse the bench.
 */
export function pluginAuth() {
  return betterAuth({
    secret: "keel-bench-secret-not-for-production-0123456789",
    baseURL: "http://127.0.0.1:3000",
    database: drizzleAdapter(db, { provider: "pg", schema: { ...authTables, ...tenantTables, apikey } }),
    user: { modelName: "users" },
    session: { modelName: "sessions" },
    account: { modelName: "accounts" },
    verification: { modelName: "verifications" },
    logger: { level: "error" },
    telemetry: { enabled: false },
    plugins: [apiKey({ rateLimit: { enabled: true, maxRequests: 1_000_000_000, timeWindow: 60_000 } })],
  });
}
