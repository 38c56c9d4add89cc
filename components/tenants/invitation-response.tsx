"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Accept / Decline for an invitation addressed to the signed-in user. `token` is the emailed
 * link's secret, which proves the address when the account has not verified it.
 */
export function InvitationResponse({ invitationId, token, tenantName, compact = false }: { invitationId: string; token?: string; tenantName: string; compact?: boolean }) {
  const describeError = useErrorMessage();
  const t = useTranslations("auth.acceptInvitation");
  const router = useRouter();
  const [pending, setPending] = useState<"accept" | "decline" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  async function respond(action: "accept" | "decline") {
    setPending(action);
    setError(null);
    try {
      await api(`/invitations/${encodeURIComponent(invitationId)}/${action}`, { method: "POST", body: token ? { token } : {} });
      if (action === "accept") {
        router.push("/dashboard");
        router.refresh();
        return;
      }
      setDeclined(true);
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setPending(null);
  }

  if (declined) return <Alert tone="info">{t("declined", { tenant: tenantName })}</Alert>;

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className={compact ? "flex gap-2" : "flex flex-col gap-2"}>
        <Button size={compact ? "sm" : "md"} onClick={() => respond("accept")} loading={pending === "accept"} disabled={pending !== null}>
          {t("accept")}
        </Button>
        <Button size={compact ? "sm" : "md"} variant="secondary" onClick={() => respond("decline")} loading={pending === "decline"} disabled={pending !== null}>
          {t("decline")}
        </Button>
      </div>
    </div>
  );
}
