"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import type { CheckoutSummary } from "@/lib/billing/portal-state";
import type { SubscriptionResponse as Subscription } from "@/lib/billing/responses";

const pollEveryMs = 1_000;
const giveUpAfterMs = 15_000;

type Outcome = "processing" | "paid" | "waiting";

/** Whether the subscription shows the checkout's result (compared with the first answer). */
function settled(checkout: { status?: string; kind?: string; plan?: string | null }, first: Subscription, now: Subscription): boolean {
  if (checkout.status === "completed") return true;
  if (now.state !== first.state || now.plan !== first.plan || now.interval !== first.interval) return true;
  return checkout.kind === "subscription" && now.interval !== null && now.plan === checkout.plan && now.state === "active";
}

export type CheckoutStatusProps = {
  checkoutId: string;
  /** The checkout row as the server found it; null when it is not this tenant's. */
  checkout: CheckoutSummary | null;
  tenantId: string;
  /** Called once the payment shows (to reload the page's data). */
  onSettled: () => void;
};

/**
 * Back from a hosted checkout: the provider's webhook may land after the customer does, so poll
 * the subscription every second for up to 15 s and tell them what happened.
 */
export function CheckoutStatus({ checkoutId, checkout, tenantId, onSettled }: CheckoutStatusProps) {
  const t = useTranslations("billing.checkout");
  const [outcome, setOutcome] = useState<Outcome>("processing");
  const declined = checkout?.status === "declined" || checkout?.status === "failed";
  const { status, kind, plan } = checkout ?? {};
  // A refresh after settling re-renders with new props; it must not start polling again.
  const doneRef = useRef(false);
  const onSettledRef = useRef(onSettled);
  useEffect(() => {
    onSettledRef.current = onSettled;
  }, [onSettled]);

  useEffect(() => {
    if (declined || doneRef.current) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first: Subscription | null = null;
    const startedAt = Date.now();
    async function tick() {
      try {
        const now = await api<Subscription>("/billing/subscription", { tenantId });
        if (stopped) return;
        first ??= now;
        if (settled({ status, kind, plan }, first, now)) {
          doneRef.current = true;
          setOutcome("paid");
          onSettledRef.current();
          return;
        }
      } catch {
        // A failed poll is retried on the next tick.
      }
      if (stopped) return;
      if (Date.now() - startedAt >= giveUpAfterMs) {
        doneRef.current = true;
        setOutcome("waiting");
      }
      else timer = setTimeout(tick, pollEveryMs);
    }
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [checkoutId, status, kind, plan, declined, tenantId]);

  if (declined) {
    return (
      <Alert tone="error" title={t("declinedTitle")} className="mb-6">
        {t("declinedBody")}
      </Alert>
    );
  }
  if (outcome === "paid") {
    return (
      <Alert tone="success" title={t("paidTitle")} className="mb-6">
        {kind === "credits" ? t("paidCredits") : t("paidPlan")}
      </Alert>
    );
  }
  if (outcome === "waiting") {
    return (
      <Alert tone="info" title={t("waitingTitle")} className="mb-6">
        {t("waitingBody")}
      </Alert>
    );
  }
  return (
    <div data-testid="checkout-processing">
      <Alert tone="info" className="mb-6">
        {t("processing")}
      </Alert>
    </div>
  );
}
