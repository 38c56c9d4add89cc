"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { Button } from "@/components/ui/button";

/** Hides the checklist (`POST /me/onboarding/dismiss`) and re-renders the overview without it. */
export function DismissChecklist() {
  const t = useTranslations("onboarding.card");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      loading={pending}
      onClick={async () => {
        setPending(true);
        try {
          await api("/me/onboarding/dismiss", { method: "POST" });
          router.refresh();
        } finally {
          setPending(false);
        }
      }}
    >
      {t("dismiss")}
    </Button>
  );
}
