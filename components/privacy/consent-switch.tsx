import type { InputHTMLAttributes } from "react";
import { cn, focusRing } from "@/components/ui/cn";

/**
 * A checkbox drawn as a switch (`role="switch"`: screen readers say on/off). Native, so the label,
 * the keyboard and forms work as for any checkbox.
 */
export function ConsentSwitch({ className, ...rest }: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "role">) {
  return (
    <input
      type="checkbox"
      role="switch"
      className={cn(
        "relative h-6 w-11 shrink-0 cursor-pointer appearance-none rounded-full bg-muted-foreground/60 transition-colors checked:bg-primary disabled:cursor-not-allowed disabled:opacity-50",
        "before:absolute before:left-0.5 before:top-0.5 before:size-5 before:rounded-full before:bg-background before:shadow before:transition-transform checked:before:translate-x-5",
        focusRing,
        className,
      )}
      {...rest}
    />
  );
}
