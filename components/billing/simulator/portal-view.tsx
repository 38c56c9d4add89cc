"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { usePagedList } from "@/components/ui/use-paged-list";
import { InvoicesTable } from "../invoices-table";
import type { InvoiceResponse as Invoice } from "@/lib/billing/responses";

type CardBehavior = "succeed" | "decline";

/** The test cards as the simulator shows them; what each does is in `billing.simulatorPages.portal.cards`. */
const cardNumbers: Record<CardBehavior, string> = { succeed: "Visa •••• 4242", decline: "Visa •••• 0002" };

/** The simulator's stand-in for a provider portal: the test card and the invoices. */
export function SimulatorPortal({ tenantId, card, canManage }: { tenantId: string; card: CardBehavior; canManage: boolean }) {
  const t = useTranslations("billing.simulatorPages.portal");
  const router = useRouter();
  const invoices = usePagedList<Invoice>("/billing/invoices", { tenantId });
  const [current, setCurrent] = useState<CardBehavior>(card);
  const [busy, setBusy] = useState<CardBehavior | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function chooseCard(behavior: CardBehavior) {
    setBusy(behavior);
    setError(null);
    setMessage(null);
    try {
      await api("/billing/simulator/card", { method: "POST", tenantId, body: { behavior } });
      setCurrent(behavior);
      setMessage(behavior === "succeed" ? t("updatedSucceeds") : t("updatedDeclines"));
      invoices.reload();
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setBusy(null);
  }

  return (
    <>
      <Card>
        <CardHeader title={t("paymentMethod")} />
        <p className="font-medium" data-testid="simulator-card">
          {cardNumbers[current]}
        </p>
        <p className="text-sm text-muted-foreground">{t(`cards.${current}`)}</p>
        {canManage ? (
          <div className="mt-4 flex flex-wrap gap-2">
            <Button loading={busy === "succeed"} disabled={busy !== null} variant={current === "succeed" ? "secondary" : "primary"} onClick={() => chooseCard("succeed")}>
              {t("useWorking")}
            </Button>
            <Button loading={busy === "decline"} disabled={busy !== null} variant="secondary" onClick={() => chooseCard("decline")}>
              {t("useDeclining")}
            </Button>
          </div>
        ) : (
          <p className="mt-4 text-sm text-muted-foreground">{t("managersOnlyCard")}</p>
        )}
        <div className="mt-4 space-y-2" aria-live="polite">
          {message ? <Alert tone="success">{message}</Alert> : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
        </div>
      </Card>
      <InvoicesTable list={invoices} />
    </>
  );
}
