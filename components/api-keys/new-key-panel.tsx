"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";

/** The one time a key is shown: copy it now, it cannot be shown again. */
export function NewKeyPanel({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("api-keys.newKey");
  const { state, copy } = useCopy(secret);

  return (
    <div className="space-y-4">
      <Alert tone="info" title={t("shownOnce")}>{t("copyNow")}</Alert>
      <code data-testid="new-api-key" className="block select-all break-all rounded-md border border-border bg-muted p-3 font-mono text-sm">
        {secret}
      </code>
      <div className="flex items-center justify-between gap-2">
        <span aria-live="polite" className="text-xs text-muted-foreground">
          {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
        </span>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={copy}>
            {t("copy")}
          </Button>
          <Button onClick={onDone}>{t("done")}</Button>
        </div>
      </div>
    </div>
  );
}
