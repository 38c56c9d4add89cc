import { sql } from "drizzle-orm";
import { productEvents } from "@/db/schema/product-analytics";
import type { SegmentField } from "@/lib/manifest/define";

/**
 * What segments can filter on from product events (lib/segments): "did X" is `gte 1`, "never did
 * X" is `eq 0`.
 */
export const productAnalyticsSegmentFields: readonly SegmentField[] = [
  {
    id: "user.eventCount",
    subject: "user",
    type: "number",
    param: "event",
    description: "How many times the user did a product event (`signed_up`, `api_key_created`, …), ever.",
    value: (id, name) => sql`(select count(*) from ${productEvents} where ${productEvents.userId} = ${id} and ${productEvents.name} = ${name})`,
  },
  {
    id: "tenant.eventCount",
    subject: "tenant",
    type: "number",
    param: "event",
    description: "How many times a product event happened in the tenant, ever.",
    value: (id, name) => sql`(select count(*) from ${productEvents} where ${productEvents.tenantId} = ${id} and ${productEvents.name} = ${name})`,
  },
];
