// Dates: next-intl's formatter with the named formats in lib/i18n/formats.ts
// (`format.dateTime(date, "date")`), so they follow the reader's locale.

const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in cents as currency text in a locale: `formatMoney(1900, "usd", "en")` → "$19.00",
 * `formatMoney(1900, "usd", "de")` → "19,00 $". Without a locale, the runtime's default.
 */
export function formatMoney(cents: number, currency: string, locale?: string): string {
  const code = currency.toUpperCase();
  const key = `${locale ?? ""}:${code}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}
