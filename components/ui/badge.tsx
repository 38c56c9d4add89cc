import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export function Badge({ className, ...rest }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      className={cn("inline-flex items-center rounded-full border border-border bg-muted px-2 py-0.5 text-xs font-medium capitalize", className)}
      {...rest}
    />
  );
}
