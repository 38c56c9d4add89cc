"use client";

import { useState } from "react";

export type CopyState = "idle" | "copied" | "failed";

/**
 * Copies `text` to the clipboard on `copy()`. Clipboard access is refused on insecure origins:
 * the state turns `failed`, and the caller shows the text selectable instead.
 */
export function useCopy(text: string): { state: CopyState; copy: () => Promise<void> } {
  const [state, setState] = useState<CopyState>("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return { state, copy };
}
