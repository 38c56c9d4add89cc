import type { SelectHTMLAttributes } from "react";
import { cn, focusRing } from "./cn";

export type SelectOption = { value: string; label: string };

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { options: readonly SelectOption[] };

/** The native select: keyboard and screen-reader behaviour for free. */
export function Select({ options, className, ...rest }: SelectProps) {
  return (
    <select
      className={cn("h-10 rounded-md border border-border bg-background px-2 text-sm text-foreground disabled:opacity-50", focusRing, className)}
      {...rest}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
