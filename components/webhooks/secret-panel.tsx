"use client";

import { Button } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";

/** A signing secret on screen, with a copy button; `note` says when it can be seen again. */
export function SecretPanel({ secret, note }: { secret: string; note: string }) {
  const { state, copy } = useCopy(secret);

  return (
    <div className="space-y-2">
      <code data-testid="webhook-secret" className="block select-all break-all rounded-md border border-border bg-muted p-3 font-mono text-sm">
        {secret}
      </code>
      <div className="flex items-center justify-between gap-2">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the secret and copy it" : note}
        </span>
        <Button size="sm" variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
    </div>
  );
}
