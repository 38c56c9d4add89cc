"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies `text` and says so for two seconds (announced to screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // Clipboard access is refused on insecure origins and in some browsers' iframes.
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <>
      <Button size="sm" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span aria-live="polite" className="text-xs text-muted-foreground">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the link" : ""}
      </span>
    </>
  );
}
