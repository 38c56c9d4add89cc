import type * as Apply from "@/lib/billing/apply";

/**
 * How many times the webhook inbox applied each event, by webhook id. The writes an event makes
 * are idempotent on their own (credits keyed by payment, invoices by payment id, a subscription
 * row moved only by a newer event), so a redelivery applied a second time changes no row: only
 * this count shows it. A test file installs it with
 *
 *   vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));
 */
export const timesApplied = new Map<string, number>();

export function countApplies(original: typeof Apply): typeof Apply {
  return {
    ...original,
    applyBillingEvent(tx, provider, eventId, event) {
      timesApplied.set(eventId, (timesApplied.get(eventId) ?? 0) + 1);
      return original.applyBillingEvent(tx, provider, eventId, event);
    },
  };
}
