import { eq } from "drizzle-orm";
import { recordBillingEvent } from "@/lib/metrics/record";
import { db } from "@/db/client";
import { billingEvents } from "@/db/schema/billing";
import { findForbiddenString, withoutForbiddenCharacters } from "@/lib/http/strings";
import { logger } from "@/lib/observability";
import { applyBillingEvent } from "./apply";
import { MalformedEventError, normalizeEvent } from "./events";
import type { BillingProvider } from "./providers/types";
import { billingIds } from "./catalog";

/** `unreadable`: stored, not applied (see below); `duplicate`: a redelivery, nothing done. */
export type InboxResult = { status: "applied" | "duplicate" | "unreadable"; outcome: string };

/**
 * The webhook inbox. The event is stored with INSERT … ON CONFLICT (provider, event_id) DO NOTHING
 * RETURNING and applied in the same transaction: a redelivery finds its row and does nothing; a
 * crash mid-apply rolls back both, so the provider's retry applies it exactly once. Signature
 * checks happen before (see the route). A correctly signed payload Keel cannot read is kept with
 * the outcome `unreadable: <why>` and answered 200 (the provider's retries would not help): a
 * platform admin lists those and replays them once the reader handles them (./replay.ts).
 */
export async function receiveEvent(provider: Pick<BillingProvider, "name">, eventId: string, received: unknown): Promise<InboxResult> {
  let event;
  let unreadable: MalformedEventError | null = null;
  const { payload, forbiddenAt } = storable(received);
  try {
    if (forbiddenAt) throw new MalformedEventError(`${forbiddenAt}: a NUL or unpaired surrogate, which Postgres cannot store (kept with U+FFFD in its place)`);
    event = normalizeEvent(payload);
  } catch (error) {
    if (!(error instanceof MalformedEventError)) throw error;
    event = null;
    unreadable = error;
    logger.warn("billing: unreadable webhook payload", { provider: provider.name, eventId, type: error.eventType, error: error.reason });
  }
  const result = await db.transaction(async (tx): Promise<InboxResult> => {
    const [stored] = await tx
      .insert(billingEvents)
      .values({
        id: billingIds.newId("billingEvent"),
        provider: provider.name,
        eventId,
        type: event?.type ?? unreadable?.eventType ?? "unreadable",
        // Stryker disable next-line LogicalOperator: equivalent, the update below always sets the matched tenant
        tenantId: event?.tenantId ?? null,
        occurredAt: event?.occurredAt ?? new Date(),
        payload,
        // Stryker disable next-line StringLiteral: equivalent, replaced by the real outcome before the commit
        outcome: "received",
      })
      .onConflictDoNothing({ target: [billingEvents.provider, billingEvents.eventId] })
      .returning({ id: billingEvents.id });
    if (!stored) return { status: "duplicate", outcome: "already received" };
    const applied = event ? await applyBillingEvent(tx, provider.name, eventId, event) : { outcome: unreadableOutcome(unreadable), tenantId: null };
    // The tenant the event was matched to (by subscription or customer), not only the payload's claim.
    await tx.update(billingEvents).set({ outcome: applied.outcome, tenantId: applied.tenantId }).where(eq(billingEvents.id, stored.id));
    return { status: event ? "applied" : "unreadable", outcome: applied.outcome };
  });
  // After the commit: a rolled-back event was not processed. The type is the normalized one (a fixed set).
  recordBillingEvent(event?.type ?? "unreadable", result.status);
  return result;
}

/**
 * The payload as Postgres can store it. A signed payload is the provider's word, so one holding a
 * NUL or an unpaired surrogate (which jsonb refuses) is still kept, with U+FFFD in their place, and
 * marked unreadable; failing the insert instead would answer 500 to every retry, forever.
 */
function storable(payload: unknown): { payload: unknown; forbiddenAt: string | null } {
  const forbiddenAt = findForbiddenString(payload);
  return forbiddenAt ? { payload: withoutForbiddenCharacters(payload), forbiddenAt } : { payload, forbiddenAt: null };
}

/** `unreadable: <why>`, the one outcome prefix the platform's list and replay look for. */
export function unreadableOutcome(error: MalformedEventError | null): string {
  return `unreadable: ${error?.reason ?? "unknown"}`;
}
