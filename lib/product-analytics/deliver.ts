import { eq } from "drizzle-orm";
import { PostHog } from "posthog-node";
import { db } from "@/db/client";
import { productEvents } from "@/db/schema/product-analytics";
import { analyticsAllowed } from "./consent";
import { productAnalyticsKeys } from "./keys";

/**
 * Sends one stored event to PostHog, once: a row already delivered is skipped, and PostHog
 * dedupes by the event's uuid if a crash between sending and marking repeats the send. Without a
 * key the row is marked `local`; without consent, `no_consent`. A PostHog failure throws, and the
 * job retries with backoff.
 */
export async function deliverProductEvent(eventId: string): Promise<void> {
  const [event] = await db.select().from(productEvents).where(eq(productEvents.id, eventId));
  if (!event || event.delivery) return;
  const { NEXT_PUBLIC_POSTHOG_KEY: key, NEXT_PUBLIC_POSTHOG_HOST: host } = productAnalyticsKeys();
  const outcome = !key ? "local" : !(await analyticsAllowed(event.userId)) ? "no_consent" : "sent";
  if (outcome === "sent") await send(key!, host, event);
  await db.update(productEvents).set({ delivery: outcome, deliveredAt: new Date() }).where(eq(productEvents.id, eventId));
}

async function send(key: string, host: string, event: typeof productEvents.$inferSelect): Promise<void> {
  // One client per delivery, no batching or retries of its own: the job is the queue and retries.
  const client = new PostHog(key, { host, flushAt: 1, flushInterval: 0, fetchRetryCount: 0, requestTimeout: 10_000 });
  let failure: unknown = null;
  // The *Immediate calls report a failed request as an `error` event, not a rejection.
  client.on("error", (error) => (failure = error));
  const groups = event.tenantId ? { tenant: event.tenantId } : undefined;
  // Tenant-level events (billing) have no acting person: they go out under the tenant's id
  // without creating a person profile.
  const distinctId = event.userId ?? `tenant:${event.tenantId ?? "unknown"}`;
  const personless = event.userId ? {} : { $process_person_profile: false };
  try {
    if (event.name === "$identify") {
      await client.identifyImmediate({ distinctId, properties: { $set: event.properties } });
    } else if (event.name === "$groupidentify") {
      await client.groupIdentifyImmediate({ groupType: "tenant", groupKey: event.tenantId ?? "unknown", properties: event.properties, distinctId });
    } else {
      await client.captureImmediate({ distinctId, event: event.name, properties: { ...event.properties, ...personless }, groups, uuid: event.id, timestamp: event.occurredAt });
    }
  } finally {
    await client.shutdown();
  }
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
}
