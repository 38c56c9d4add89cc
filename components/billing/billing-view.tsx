"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { useApi } from "@/components/ui/use-api";
import { usePagedList } from "@/components/ui/use-paged-list";
import { CancelDialog, type CancelValues } from "./cancel-dialog";
import { CheckoutFailureNotice } from "./checkout-failure-notice";
import { CheckoutStatus } from "./checkout-status";
import { CurrentPlan } from "./current-plan";
import { InvoicesTable } from "./invoices-table";
import { UpcomingOverage } from "./upcoming-overage";
import { planName } from "./plan-copy";
import { PlanPicker } from "./plan-picker";
import { SimulatorControls } from "./simulator-controls";
import type { BillingInterval, InvoiceResponse as Invoice, PlansResponse, SubscriptionResponse as Subscription } from "@/lib/billing/responses";
import type { CheckoutSummary } from "@/lib/billing/portal-state";
import { useRedirectAction } from "./use-redirect-action";

export type BillingViewProps = {
  tenantId: string;
  role: string;
  /** Owners and admins: checkout, plan changes, cancel, portal, simulator. */
  canManage: boolean;
  /** `?checkout=` from the URL, when back from a hosted checkout. */
  checkoutId: string | null;
  checkout: CheckoutSummary | null;
};

/** The billing page's body: current plan, plans, simulator controls and invoices. */
export function BillingView({ tenantId, role, canManage, checkoutId, checkout }: BillingViewProps) {
  const t = useTranslations("billing");
  const router = useRouter();
  const plans = useApi<PlansResponse>("/billing/plans");
  const subscription = useApi<Subscription>("/billing/subscription", { tenantId });
  const invoices = usePagedList<Invoice>("/billing/invoices", { tenantId });
  const redirect = useRedirectAction(tenantId);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [canceling, setCanceling] = useState(false);

  const { reload: reloadSubscription } = subscription;
  const { reload: reloadInvoices } = invoices;
  // The header badge and banner are rendered by the server layout: refresh them too.
  const refreshAll = useCallback(() => {
    reloadSubscription();
    reloadInvoices();
    router.refresh();
  }, [reloadSubscription, reloadInvoices, router]);

  async function run(key: string, action: () => Promise<unknown>): Promise<boolean> {
    setBusyKey(key);
    setActionError(null);
    try {
      await action();
      refreshAll();
      return true;
    } catch (caught) {
      setActionError(errorMessage(caught));
      return false;
    } finally {
      setBusyKey(null);
    }
  }

  async function cancel(values: CancelValues) {
    const ok = await run("cancel", () => api("/billing/subscription", { method: "DELETE", tenantId, body: { reason: values.reason, comment: values.comment || undefined, atPeriodEnd: true } }));
    if (ok) setCanceling(false);
  }

  const sub = subscription.data;
  const planList = plans.data?.plans ?? [];
  const error = redirect.error ?? (canceling ? null : actionError);

  return (
    <div className="space-y-8">
      {checkoutId ? <CheckoutStatus checkoutId={checkoutId} checkout={checkout} tenantId={tenantId} onSettled={refreshAll} /> : null}
      {canManage ? null : <Alert tone="info">{t("page.readOnly", { role: t(`roles.${role}`) })}</Alert>}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {subscription.error ? <Alert tone="error">{subscription.error}</Alert> : null}
      {sub && !checkoutId ? <CheckoutFailureNotice subscription={sub} planName={planName(planList, sub.lastCheckoutFailure?.plan ?? sub.plan)} /> : null}
      {plans.error ? <Alert tone="error">{plans.error}</Alert> : null}
      {sub ? (
        <CurrentPlan
          subscription={sub}
          planName={planName(planList, sub.plan)}
          canManage={canManage}
          busyKey={busyKey ?? redirect.busyKey}
          onManage={() => redirect.go("portal", "/billing/portal")}
          onCancel={() => {
            setActionError(null);
            setCanceling(true);
          }}
          onResume={() => run("resume", () => api("/billing/subscription/resume", { method: "POST", tenantId }))}
        />
      ) : subscription.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("page.loading")}
        </p>
      ) : null}
      {sub && planList.length > 0 ? (
        <PlanPicker
          plans={planList}
          subscription={sub}
          canManage={canManage}
          busyKey={busyKey ?? redirect.busyKey}
          onCheckout={(plan: string, interval: BillingInterval) => redirect.go(`${plan}:${interval}`, "/billing/checkout", { method: "POST", body: { plan, interval } })}
          onChangePlan={(plan: string, interval: BillingInterval) => run(`${plan}:${interval}`, () => api("/billing/subscription", { method: "PATCH", tenantId, body: { plan, interval } }))}
        />
      ) : null}
      {canManage && plans.data?.provider === "simulator" ? <SimulatorControls tenantId={tenantId} onChanged={refreshAll} /> : null}
      <UpcomingOverage tenantId={tenantId} />
      <InvoicesTable list={invoices} />
      <CancelDialog
        open={canceling}
        onClose={() => setCanceling(false)}
        periodEnd={sub?.currentPeriodEnd ?? null}
        onSubmit={cancel}
        busy={busyKey === "cancel"}
        error={canceling ? actionError : null}
      />
    </div>
  );
}
