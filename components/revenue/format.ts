import { formatMoney } from "@/components/billing/money";

/** Cents as currency text in a locale, or "—" when there is no figure. */
export function money(cents: number | null, currency: string, locale: string): string {
  return cents === null ? "—" : formatMoney(cents, currency, locale);
}

const percents = new Map<string, Intl.NumberFormat>();

/** A share (0–1) as a percentage with one decimal in a locale ("12.5%", "12,5 %"), or "—" when there was nothing to divide by. */
export function percent(rate: number | null, locale: string): string {
  if (rate === null) return "—";
  let format = percents.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percents.set(locale, format);
  }
  return format.format(rate);
}

/** A "YYYY-MM" month (UTC) as the date its first day starts, for the formatter. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}
