import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { billingEvents } from "@/db/schema/billing";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import type { UserContext } from "@/lib/tenants/context";
import { applyBillingEvent, type Applied } from "./apply";
import { billingError } from "./catalog";
import { MalformedEventError, normalizeEvent } from "./events";
import { unreadableOutcome } from "./inbox";
import { isUnhandled } from "./platform-events";
import type { ProviderName } from "./providers/types";

const providerNames: readonly ProviderName[] = ["dodo", "simulator"];

export type ReplayResult = { id: string; provider: string; eventId: string; type: string; previousOutcome: string; outcome: string };

/**
 * `POST /platform/billing/events/:id/replay`: reads a kept event's stored payload again with
 * today's reader and applies it, in one transaction with the event's row locked. Only an event
 * that was not applied (`unreadable: …` or `ignored: …`) replays: an applied, stale or refused one
 * answers 409 `billing_event_already_applied`, so two admins (or two clicks) apply it once. The
 * apply itself is the inbox's, so ordering and idempotency keys hold as for a first delivery: a
 * replayed old event that newer ones have overtaken comes out `stale`. Audited as
 * `billing.event_replayed` with the outcome before and after.
 */
export async function replayBillingEvent(admin: Pick<UserContext, "userId" | "ipAddress" | "userAgent">, id: string): Promise<ReplayResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(billingEvents).where(eq(billingEvents.id, id)).for("update");
    if (!row) throw errors.notFound("Billing event");
    if (!isUnhandled(row.outcome)) {
      throw billingError("billing_event_already_applied", `Billing event ${row.id} was already applied (outcome: ${row.outcome}); replaying it would change nothing.`);
    }
    const provider = providerNames.find((name) => name === row.provider);
    if (!provider) throw errors.conflict(`Billing event ${row.id} came from "${row.provider}", which this deployment does not know.`);

    let applied: Applied;
    let type = row.type;
    let occurredAt = row.occurredAt;
    try {
      const event = normalizeEvent(row.payload);
      ({ type, occurredAt } = event);
      applied = await applyBillingEvent(tx, provider, row.eventId, event);
    } catch (error) {
      if (!(error instanceof MalformedEventError)) throw error;
      type = error.eventType ?? row.type;
      applied = { outcome: unreadableOutcome(error), tenantId: null };
    }
    await tx.update(billingEvents).set({ type, occurredAt, outcome: applied.outcome, tenantId: applied.tenantId }).where(eq(billingEvents.id, row.id));
    await recordAudit(tx, {
      action: "billing.event_replayed",
      tenantId: applied.tenantId,
      actorId: admin.userId,
      targetType: "billing_event",
      targetId: row.id,
      data: { provider, eventId: row.eventId, type, before: row.outcome, after: applied.outcome },
      ipAddress: admin.ipAddress,
      userAgent: admin.userAgent,
    });
    return { id: row.id, provider, eventId: row.eventId, type, previousOutcome: row.outcome, outcome: applied.outcome };
  });
}
