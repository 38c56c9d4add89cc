import { formatMoney } from "@/components/billing/money";

/** Cents as currency text, or "—" when there is no figure. */
export function money(cents: number | null, currency: string): string {
  return cents === null ? "—" : formatMoney(cents, currency);
}

/** A share (0–1) as a percentage with one decimal, or "—" when there was nothing to divide by. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;
}
