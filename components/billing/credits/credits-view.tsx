"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { useApi } from "@/components/ui/use-api";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { CreditEntryResponse as CreditEntry, PlansResponse } from "@/lib/billing/responses";
import { CreditLedger } from "./credit-ledger";
import { CreditPacks } from "./credit-packs";

type CreditsSummary = { balance: number; lowBalance: boolean };

/** Balance, low-balance warning, packs to buy (managers only) and the ledger. */
export function CreditsView({ tenantId, canManage }: { tenantId: string; canManage: boolean }) {
  const t = useTranslations("billing.credits.view");
  const format = useFormatter();
  // The ledger's first page also carries the balance, but the paged hook keeps only rows.
  const summary = useApi<CreditsSummary>("/billing/credits?limit=1", { tenantId });
  const ledger = usePagedList<CreditEntry>("/billing/credits", { tenantId });
  const plans = useApi<PlansResponse>("/billing/plans");
  const balance = summary.data?.balance;

  return (
    <div className="space-y-8">
      {summary.error ? <Alert tone="error">{summary.error}</Alert> : null}
      <Card aria-labelledby="balance-heading">
        <h2 id="balance-heading" className="text-sm font-medium text-muted-foreground">
          {t("balance")}
        </h2>
        <p className="mt-1 text-4xl font-semibold tracking-tight tabular-nums" data-testid="credit-balance" aria-live="polite">
          {balance === undefined ? "…" : format.number(balance)}
        </p>
        <p className="mt-1 text-sm text-muted-foreground">{t("available")}</p>
      </Card>
      {summary.data?.lowBalance ? (
        <div data-testid="low-balance">
          <Alert tone="error" title={t("lowTitle")}>
            {canManage ? t("lowBuy") : t("lowAsk")}
          </Alert>
        </div>
      ) : null}
      {canManage ? (
        plans.data ? (
          <CreditPacks packs={plans.data.creditPacks} tenantId={tenantId} />
        ) : plans.error ? (
          <Alert tone="error">{plans.error}</Alert>
        ) : null
      ) : (
        <Alert tone="info">
          {t.rich("managersOnly", {
            link: (chunks) => (
              <Link href="/dashboard/billing" className="font-medium underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
      <CreditLedger list={ledger} />
    </div>
  );
}
