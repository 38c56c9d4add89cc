"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useCopy } from "@/components/ui/use-copy";

export function CopyLink({ link }: { link: string }) {
  const t = useTranslations("referrals.page");
  const { state, copy } = useCopy(link);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <code className="min-w-0 break-all rounded bg-muted px-2 py-1 text-sm" data-testid="referral-link">
        {link}
      </code>
      <Button variant="secondary" size="sm" onClick={() => void copy()}>
        {state === "copied" ? t("copied") : t("copy")}
      </Button>
    </div>
  );
}
