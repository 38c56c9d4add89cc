"use client";

import { useLayoutEffect, useRef, type HTMLAttributes } from "react";
import { cn } from "./cn";
import { ScrollRegion } from "./scroll-region";

/** The label a header shows sighted users: none when its only text is for screen readers ("Actions"). */
function visibleHeaderText(th: HTMLTableCellElement): string {
  const hidden = Array.from(th.querySelectorAll(".sr-only"), (el) => el.textContent ?? "").join("");
  const text = th.textContent ?? "";
  return hidden && text.trim() === hidden.trim() ? "" : text.trim();
}

/** Copies each column's header text onto its body cells, for the stacked layout's labels. */
function labelCells(table: HTMLTableElement) {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? [], visibleHeaderText);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        if (!cell.hasAttribute("data-label")) cell.setAttribute("data-label", headers[column] ?? "");
        column += cell.colSpan;
      }
    }
  }
}

/**
 * The client half of components/ui/table.tsx: the scroll region, and the column labels the stacked
 * layout shows. Labels are read from the rendered headers, so translated headers need no extra prop;
 * the effect runs after every render because rows come and go (load more, delete).
 */
export function TableFrame({ className, stack, label, children, ...rest }: HTMLAttributes<HTMLTableElement> & { stack: boolean; label?: string }) {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    if (stack && ref.current) labelCells(ref.current);
  });
  return (
    <ScrollRegion label={label} className="rounded-lg border border-border">
      <table ref={ref} className={cn("w-full border-collapse text-left text-sm", stack && "table-stack", className)} {...rest}>
        {children}
      </table>
    </ScrollRegion>
  );
}
