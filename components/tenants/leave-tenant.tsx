"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

/** Removes the caller's own membership. Owners must transfer ownership first. */
export function LeaveTenant({ tenantId, tenantName, memberId, isOwner }: { tenantId: string; tenantName: string; memberId: string; isOwner: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function leave() {
    setPending(true);
    setError(null);
    try {
      await api(`/tenants/${tenantId}/members/${memberId}`, { method: "DELETE", tenantId });
      setOpen(false);
      router.push("/dashboard");
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <p className="text-sm font-medium">Leave {tenantName}</p>
        <p className="text-sm text-muted-foreground">
          {isOwner ? "You own this tenant: transfer ownership before you leave." : "You lose access until someone invites you again."}
        </p>
      </div>
      <Button variant="secondary" onClick={() => { setError(null); setOpen(true); }} disabled={isOwner}>
        Leave tenant
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Leave ${tenantName}?`}
        description="You lose access to its projects at once."
        confirmLabel="Leave tenant"
        busy={pending}
        error={error}
        onConfirm={leave}
      />
    </div>
  );
}
