/**
 * Colours per state. Text colours meet 4.5:1 on the card in both themes; the bars are also
 * labelled in words (title and the list's label), so colour is never the only signal.
 */
export const stateStyles = {
  operational: { text: "text-emerald-700 dark:text-emerald-400", bar: "bg-emerald-600", banner: "border-emerald-600/40 bg-emerald-600/10 text-emerald-800 dark:text-emerald-300" },
  degraded: { text: "text-amber-700 dark:text-amber-400", bar: "bg-amber-500", banner: "border-amber-500/50 bg-amber-500/10 text-amber-800 dark:text-amber-300" },
  outage: { text: "text-red-700 dark:text-red-400", bar: "bg-red-600", banner: "border-red-600/40 bg-red-600/10 text-red-800 dark:text-red-300" },
  none: { text: "text-muted-foreground", bar: "bg-muted-foreground/25", banner: "" },
} as const;
