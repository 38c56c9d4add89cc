"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** Puts a dead job back in the queue (POST /platform/jobs/:id/retry). */
export function RetryJobButton({ jobId }: { jobId: string }) {
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const t = useTranslations("admin.jobs");
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => api(`/platform/jobs/${jobId}/retry`, { method: "POST" }).then(() => router.refresh(), (e: unknown) => setError(errorMessage(e)))}
      >
        {t("retry")}
      </Button>
      {error ? <span role="alert" className="block text-xs text-danger">{error}</span> : null}
    </span>
  );
}
