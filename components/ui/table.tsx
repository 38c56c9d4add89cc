import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";
import { TableFrame } from "./table-frame";

export type TableProps = HTMLAttributes<HTMLTableElement> & {
  /**
   * Below `sm`, show each row as a card: cells stack, each under its column's header text (copied
   * from the `<th>`s into `data-label`, styled in app/globals.css). For lists whose last column
   * holds actions, which a sideways scroll would hide off screen. @default false
   */
  stack?: boolean;
  /** The scroll region's accessible name. @default the table's `<caption>` text */
  label?: string;
};

/**
 * A semantic table that scrolls sideways on small screens instead of breaking the layout, inside a
 * region keyboard users can focus and scroll (components/ui/scroll-region.tsx); with `stack`, rows
 * become cards on phones instead.
 */
export function Table({ stack = false, ...rest }: TableProps) {
  return <TableFrame stack={stack} {...rest} />;
}

export function THead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className="bg-muted text-xs uppercase tracking-wide text-muted-foreground" {...props} />;
}

export function TBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className="divide-y divide-border" {...props} />;
}

export function Tr(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr {...props} />;
}

export function Th({ className, scope = "col", ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cn("px-4 py-2 font-medium", className)} {...rest} />;
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-3 align-middle", className)} {...rest} />;
}
