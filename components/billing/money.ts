const formats = new Map<string, Intl.NumberFormat>();

/** An amount in cents as local currency text: `formatMoney(1900, "usd")` → "$19.00". */
export function formatMoney(cents: number, currency: string): string {
  const code = currency.toUpperCase();
  let format = formats.get(code);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: "currency", currency: code });
    formats.set(code, format);
  }
  return format.format(cents / 100);
}

const numbers = new Intl.NumberFormat();

/** A count with grouping: 20000 → "20,000". */
export function formatCount(value: number): string {
  return numbers.format(value);
}
