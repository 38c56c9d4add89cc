"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";

/** A signing secret on screen, with a copy button; `note` says when it can be seen again. */
export function SecretPanel({ secret, note }: { secret: string; note: string }) {
  const t = useTranslations("webhooks.secret");
  const { state, copy } = useCopy(secret);

  return (
    <div className="space-y-2">
      <code data-testid="webhook-secret" className="block select-all break-all rounded-md border border-border bg-muted p-3 font-mono text-sm">
        {secret}
      </code>
      <div className="flex items-center justify-between gap-2">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : note}
        </span>
        <Button size="sm" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
      </div>
    </div>
  );
}
