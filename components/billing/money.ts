// The money format is core (admin pages show amounts without billing); billing keeps its import path.
export { formatMoney } from "@/components/ui/format";

const numbers = new Intl.NumberFormat();

/** A count with grouping: 20000 → "20,000". */
export function formatCount(value: number): string {
  return numbers.format(value);
}
