import { and, desc, like, lt, or } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { billingEvents } from "@/db/schema/billing";
import { page, pageQuery } from "@/lib/http/pagination";

/**
 * Billing events Keel kept but did not act on, for platform admins: `unreadable` (the reader
 * refused the payload: a new provider shape, a bug) and `ignored` (readable, but nothing to do:
 * an event type Keel does not use, a product or tenant it did not know then). Either can be
 * replayed once the code or the configuration handles it (./replay.ts).
 */
export const unhandledOutcomes = ["unreadable", "ignored"] as const;
export type UnhandledOutcome = (typeof unhandledOutcomes)[number];

export const billingEventsQuery = pageQuery.extend({
  outcome: z.enum(unhandledOutcomes).optional().describe("Only unreadable, or only ignored events. Default: both."),
});

/** Whether an outcome leaves the event replayable: nothing of it was applied. */
export function isUnhandled(outcome: string): boolean {
  return unhandledOutcomes.some((kind) => outcome.startsWith(`${kind}:`));
}

/** `GET /platform/billing/events`: newest first, across tenants, with the payload as received. */
export async function listUnhandledBillingEvents(params: z.output<typeof billingEventsQuery>) {
  const kinds = params.outcome ? [params.outcome] : unhandledOutcomes;
  const rows = await db
    .select({
      id: billingEvents.id,
      provider: billingEvents.provider,
      eventId: billingEvents.eventId,
      type: billingEvents.type,
      tenantId: billingEvents.tenantId,
      outcome: billingEvents.outcome,
      occurredAt: billingEvents.occurredAt,
      receivedAt: billingEvents.receivedAt,
      payload: billingEvents.payload,
    })
    .from(billingEvents)
    .where(and(or(...kinds.map((kind) => like(billingEvents.outcome, `${kind}:%`))), params.cursor ? lt(billingEvents.id, params.cursor) : undefined))
    .orderBy(desc(billingEvents.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}
