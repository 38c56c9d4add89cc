"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Button, buttonClass } from "@/components/ui/button";

/** The hosted checkout's two outcomes; either way the customer returns to the billing page. */
export function SimulatorCheckoutActions({ checkoutId, tenantId }: { checkoutId: string; tenantId: string }) {
  const t = useTranslations("billing.simulatorPages");
  const router = useRouter();
  const [busy, setBusy] = useState<"succeed" | "decline" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const returnHref = `/dashboard/billing?checkout=${encodeURIComponent(checkoutId)}`;

  async function complete(outcome: "succeed" | "decline") {
    setBusy(outcome);
    setError(null);
    try {
      await api(`/billing/simulator/checkouts/${encodeURIComponent(checkoutId)}/complete`, { method: "POST", tenantId, body: { outcome } });
      router.push(returnHref);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(null);
    }
  }

  return (
    <div className="mt-6 space-y-3">
      <Button className="w-full" loading={busy === "succeed"} disabled={busy !== null} onClick={() => complete("succeed")}>
        {t("checkout.pay")}
      </Button>
      <Button className="w-full" variant="secondary" loading={busy === "decline"} disabled={busy !== null} onClick={() => complete("decline")}>
        {t("checkout.decline")}
      </Button>
      {error ? (
        <div role="alert" className="space-y-2 text-sm text-danger">
          <p>{error}</p>
          <Link href={returnHref} className={buttonClass("ghost", "sm")}>
            {t("backToBilling")}
          </Link>
        </div>
      ) : null}
      <p className="text-center text-xs text-muted-foreground">{t("checkout.testModeHint")}</p>
    </div>
  );
}
