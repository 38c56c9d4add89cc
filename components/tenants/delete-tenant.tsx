"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Deletes the tenant after the owner types its name, so it cannot happen by a stray click. */
export function DeleteTenant({ tenantId, tenantName }: { tenantId: string; tenantName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await api(`/tenants/${tenantId}`, { method: "DELETE", tenantId });
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
        <p className="text-sm font-medium">Delete {tenantName}</p>
        <p className="text-sm text-muted-foreground">Removes the tenant, its members&apos; access and its projects.</p>
      </div>
      <Button variant="danger" onClick={() => { setTyped(""); setError(null); setOpen(true); }}>
        Delete tenant
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Delete ${tenantName}?`} description="This cannot be undone from the dashboard.">
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === tenantName) void remove();
          }}
        >
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Field label={`Type "${tenantName}" to confirm`}>
            {(control) => <Input {...control} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={pending} disabled={typed !== tenantName}>
              Delete tenant
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
