import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/**
 * Answers to POSTs sent with an `Idempotency-Key` header, so a retried request gets the first
 * answer instead of acting twice. Scope is the tenant and the caller (a user or an API key), so
 * one member's key never replays another's answer (lib/http/route.ts).
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text().notNull(),
    key: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    /** null while the first request is still running. */
    status: integer(),
    body: jsonb().$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
