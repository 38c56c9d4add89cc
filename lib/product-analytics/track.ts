import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { productEvents } from "@/db/schema/product-analytics";
import { enqueue } from "@/lib/jobs";
import { defineJob } from "@/lib/jobs";
import { deliverProductEvent } from "./deliver";

type Properties = Record<string, string | number | boolean | null>;

/** Delivers one stored event to PostHog (or records why not); enqueued beside the event's row. */
export const deliverProductEventJob = defineJob({
  id: "product-analytics.deliver",
  schema: z.object({ eventId: z.uuid() }),
  run: ({ eventId }) => deliverProductEvent(eventId),
});

async function store(executor: Executor, row: { name: string; userId?: string | null; tenantId?: string | null; properties?: Properties; occurredAt?: Date }): Promise<string> {
  const id = randomUUID();
  await executor.insert(productEvents).values({ id, name: row.name, userId: row.userId ?? null, tenantId: row.tenantId ?? null, properties: row.properties ?? {}, occurredAt: row.occurredAt ?? new Date() });
  await enqueue(executor, deliverProductEventJob, { eventId: id });
  return id;
}

/**
 * Records a product event in the caller's transaction (pass the transaction): Keel's store gets
 * the row and the outbox a delivery job, both or neither, so an event for a change that rolled
 * back never reaches PostHog. Personal data stays out of `properties` (ids, plans, counts).
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
