import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export type CardProps = HTMLAttributes<HTMLElement> & {
  /** `div` where a section is not allowed, e.g. a group of `<dt>`/`<dd>` in a `<dl>`. @default "section" */
  as?: "section" | "div";
};

export function Card({ className, as: Element = "section", ...rest }: CardProps) {
  return <Element className={cn("rounded-lg border border-border bg-card p-6 shadow-sm", className)} {...rest} />;
}

export function CardHeader({ title, description, action }: { title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div className="space-y-1">
        <h2 className="text-base font-semibold">{title}</h2>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {action}
    </div>
  );
}
