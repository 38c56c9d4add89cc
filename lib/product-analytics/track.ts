import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { productEvents } from "@/db/schema/product-analytics";
import { enqueue } from "@/lib/jobs";
import { defineJob } from "@/lib/jobs";
import { analyticsAllowed } from "./consent";
import { deliverProductEvent } from "./deliver";
import { productAnalyticsKeys } from "./keys";

type Properties = Record<string, string | number | boolean | null>;

/** Delivers one stored event to PostHog (or records why not); enqueued beside the event's row. */
export const deliverProductEventJob = defineJob({
  id: "product-analytics.deliver",
  schema: z.object({ eventId: z.uuid() }),
  run: ({ eventId }) => deliverProductEvent(eventId),
});

/**
 * Writes the row, and queues its delivery only when there is somewhere to deliver to: without a
 * PostHog key, or without consent, the row is marked `local` / `no_consent` at once. A deployment
 * with no account queues no job per event (the test suite made 4,000 such no-op jobs).
 */
async function store(executor: Executor, row: { name: string; userId?: string | null; tenantId?: string | null; properties?: Properties; occurredAt?: Date }): Promise<string> {
  const id = randomUUID();
  const userId = row.userId ?? null;
  const outcome = !productAnalyticsKeys().NEXT_PUBLIC_POSTHOG_KEY ? "local" : (await analyticsAllowed(userId, executor)) ? null : "no_consent";
  await executor.insert(productEvents).values({
    id,
    name: row.name,
    userId,
    tenantId: row.tenantId ?? null,
    properties: row.properties ?? {},
    occurredAt: row.occurredAt ?? new Date(),
    ...(outcome ? { delivery: outcome, deliveredAt: new Date() } : {}),
  });
  if (!outcome) await enqueue(executor, deliverProductEventJob, { eventId: id });
  return id;
}

/**
 * Records a product event in the caller's transaction (pass the transaction): Keel's store gets
 * the row and, when PostHog is configured and consent allows, the outbox a delivery job, both or
 * neither, so an event for a change that rolled back never reaches PostHog. Personal data stays
 * out of `properties` (ids, plans, counts).
 */
export function track(executor: Executor, event: { name: string; userId?: string | null; tenantId?: string | null; properties?: Properties; occurredAt?: Date }): Promise<string> {
  return store(executor, event);
}

/** Sets a person's properties (PostHog `$identify`), by user id: never an email or a name. */
export function identify(executor: Executor, userId: string, properties: Properties): Promise<string> {
  return store(executor, { name: "$identify", userId, properties });
}

/** Sets a tenant's group properties (PostHog `$groupidentify`, group type `tenant`): plan, billing state. */
export function identifyTenant(executor: Executor, tenantId: string, properties: Properties): Promise<string> {
  return store(executor, { name: "$groupidentify", tenantId, properties });
}
