import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";

/**
 * Product events Keel tracks on the server (lib/product-analytics/track.ts): one row per
 * `track()`, `identify()` or tenant group update, written in the transaction of the change it
 * describes, so a rolled-back change leaves none. Segments and funnels read this table; the
 * delivery job copies each row to PostHog when a key is set and consent allows, with the row's
 * uuid as the event's, so a retried delivery is one event there.
 */
export const productEvents = pgTable(
  "product_events",
  {
    id: uuid().primaryKey(),
    /** `signed_up`, `subscription_started`, …; `$identify` and `$groupidentify` for profile updates. */
    name: text().notNull(),
    // Plain ids, no foreign keys: an event may be recorded after its tenant was deleted (a job
    // running late), and must not fail for it. Erasure blanks user_id (the manifest's personalData).
    userId: text(),
    tenantId: text(),
    properties: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    occurredAt: timestamptz().notNull().defaultNow(),
    /** What delivery did: `sent` to PostHog, `local` (no key), `no_consent`; null while queued. */
    delivery: text({ enum: ["sent", "local", "no_consent"] }),
    deliveredAt: timestamptz(),
  },
  (t) => [index("product_events_name_idx").on(t.name, t.occurredAt), index("product_events_user_idx").on(t.userId, t.occurredAt), index("product_events_tenant_idx").on(t.tenantId, t.occurredAt)],
);
