"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";

/** The one time a key is shown: copy it now, it cannot be shown again. */
export function NewKeyPanel({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { state, copy } = useCopy(secret);

  return (
    <div className="space-y-4">
      <Alert tone="info" title="Shown once">Copy this key now. For your security it will not be shown again.</Alert>
      <code data-testid="new-api-key" className="block select-all break-all rounded-md border border-border bg-muted p-3 font-mono text-sm">
        {secret}
      </code>
      <div className="flex items-center justify-between gap-2">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the key and copy it" : ""}
        </span>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={copy}>
            Copy
          </Button>
          <Button onClick={onDone}>Done</Button>
        </div>
      </div>
    </div>
  );
}
