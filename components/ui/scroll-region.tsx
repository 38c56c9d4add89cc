"use client";

import { useLayoutEffect, useRef, useState, type HTMLAttributes } from "react";
import { cn, focusRing } from "./cn";

export type ScrollRegionProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * The region's accessible name. When omitted, the text of the first `<caption>` inside names it,
   * so a table with a (screen-reader) caption needs nothing more.
   */
  label?: string;
};

/**
 * A box that scrolls sideways when its content is wider than the screen. While it overflows it is a
 * named, focusable region, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe
 * `scrollable-region-focusable`); while it fits it is a plain box and no extra tab stop.
 * `relative` keeps absolutely positioned children (an sr-only caption) inside the scroll box
 * instead of widening the page.
 */
export function ScrollRegion({ label, className, children, ...rest }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [captionName, setCaptionName] = useState<string | undefined>(undefined);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      setOverflowing(box.scrollWidth > box.clientWidth + 1);
      setCaptionName(box.querySelector("caption")?.textContent?.trim() || undefined);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [children]);

  const name = label ?? captionName;
  return (
    <div
      ref={ref}
      className={cn("relative w-full overflow-x-auto", focusRing, className)}
      {...(overflowing ? { tabIndex: 0, role: name ? "region" : undefined, "aria-label": name } : {})}
      {...rest}
    >
      {children}
    </div>
  );
}
