"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { useApi } from "@/components/ui/use-api";
import { usePagedList } from "@/components/ui/use-paged-list";
import { formatCount } from "../money";
import type { CreditEntryResponse as CreditEntry, PlansResponse } from "@/lib/billing/responses";
import { CreditLedger } from "./credit-ledger";
import { CreditPacks } from "./credit-packs";

type CreditsSummary = { balance: number; lowBalance: boolean };

/** Balance, low-balance warning, packs to buy (managers only) and the ledger. */
export function CreditsView({ tenantId, canManage }: { tenantId: string; canManage: boolean }) {
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
          Balance
        </h2>
        <p className="mt-1 text-4xl font-semibold tracking-tight tabular-nums" data-testid="credit-balance" aria-live="polite">
          {balance === undefined ? "…" : formatCount(balance)}
        </p>
        <p className="mt-1 text-sm text-muted-foreground">credits available</p>
      </Card>
      {summary.data?.lowBalance ? (
        <div data-testid="low-balance">
          <Alert tone="error" title="Your credit balance is low">
            {canManage ? "Buy a pack below so work that spends credits does not stop." : "Ask an owner or admin to buy more credits."}
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
          Only owners and admins can buy credits. Plans include a credit allowance each period: see{" "}
          <Link href="/dashboard/billing" className="font-medium underline underline-offset-4">
            Billing
          </Link>
          .
        </Alert>
      )}
      <CreditLedger list={ledger} />
    </div>
  );
}
