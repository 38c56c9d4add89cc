const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** An amount in cents as dollars (the plans' one currency, lib/plans/catalog.ts). */
export function formatCents(cents: number): string {
  return usd.format(cents / 100);
}
