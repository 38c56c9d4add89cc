import { and, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingEvents, invoices } from "@/db/schema/billing";
import { MalformedEventError, normalizeEvent } from "./events";

/** Money given back: a refund (or an opened dispute), with the amount that went back. */
export type Refund = { tenantId: string | null; key: string; cause: "refund" | "dispute"; providerPaymentId: string; amount: number; currency: string; at: Date };

/**
 * Refunds and disputes as the inbox kept them (billing_events: every delivery is stored, acted on
 * or not), once each. A partial one counts its own amount; a full one the invoice's amount.
 * Optionally one tenant's, and only those that happened in `[from, to]`.
 */
export async function listRefunds(executor: Executor, filter: { tenantId?: string; from?: Date; to?: Date } = {}): Promise<Refund[]> {
  const where: SQL[] = [inArray(billingEvents.type, ["refund.succeeded", "dispute.opened"])];
  if (filter.tenantId) where.push(eq(billingEvents.tenantId, filter.tenantId));
  if (filter.from) where.push(gte(billingEvents.occurredAt, filter.from));
  if (filter.to) where.push(lte(billingEvents.occurredAt, filter.to));
  const rows = await executor.select().from(billingEvents).where(and(...where)).orderBy(desc(billingEvents.occurredAt));
  const seen = new Set<string>();
  const refunds: Refund[] = [];
  for (const row of rows) {
    const reversal = readReversal(row.payload);
    if (!reversal || seen.has(reversal.key)) continue;
    seen.add(reversal.key);
    const [invoice] = await executor
      .select({ amount: invoices.amount, currency: invoices.currency, tenantId: invoices.tenantId })
      .from(invoices)
      .where(and(eq(invoices.providerPaymentId, reversal.providerPaymentId), eq(invoices.status, "paid")));
    const amount = reversal.partial && reversal.amount !== null ? reversal.amount : (invoice?.amount ?? reversal.amount ?? 0);
    refunds.push({ tenantId: row.tenantId ?? invoice?.tenantId ?? null, key: reversal.key, cause: reversal.cause, providerPaymentId: reversal.providerPaymentId, amount, currency: invoice?.currency ?? "usd", at: row.occurredAt });
  }
  return refunds;
}

function readReversal(payload: unknown) {
  try {
    const event = normalizeEvent(payload);
    return event.kind === "reversal" ? event.reversal : null;
  } catch (error) {
    // An unreadable one is listed among the unhandled events (GET /platform/billing/events).
    if (error instanceof MalformedEventError) return null;
    throw error;
  }
}
