"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "../money";
import type { CreditPackOffer } from "@/lib/billing/responses";
import { useRedirectAction } from "../use-redirect-action";

/** "Buy credits": one card per pack; buying starts a hosted checkout. */
export function CreditPacks({ packs, tenantId }: { packs: readonly CreditPackOffer[]; tenantId: string }) {
  const t = useTranslations("billing.credits.packs");
  const locale = useLocale();
  const checkout = useRedirectAction(tenantId);
  return (
    <section aria-labelledby="buy-credits-heading" className="space-y-3">
      <h2 id="buy-credits-heading" className="text-base font-semibold">
        {t("title")}
      </h2>
      {checkout.error ? <Alert tone="error">{checkout.error}</Alert> : null}
      <ul className="grid gap-4 sm:grid-cols-3">
        {packs.map((pack) => {
          const nameId = `credit-pack-${pack.id}`;
          return (
            <li key={pack.id} data-testid={`credit-pack-${pack.id}`} className="flex flex-col gap-3 rounded-lg border border-border bg-card p-5 shadow-sm">
              <p id={nameId} className="text-lg font-semibold">
                {t("credits", { count: pack.credits })}
              </p>
              <p className="text-sm text-muted-foreground">
                {formatMoney(pack.price.amount, pack.price.currency, locale)}
                <span className="sr-only"> {t("oneTime")}</span>
              </p>
              <Button
                className="mt-auto"
                aria-describedby={nameId}
                loading={checkout.busyKey === pack.id}
                disabled={checkout.busyKey !== null}
                onClick={() => checkout.go(pack.id, "/billing/topup", { method: "POST", body: { pack: pack.id } })}
              >
                {t("buy")}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
