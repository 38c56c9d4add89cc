"use client";

import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage } from "@/components/auth/auth-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Passkeys: list, add (the browser's WebAuthn prompt) and remove. */
export function PasskeysSettings() {
  const passkeys = authClient.useListPasskeys();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.passkey.addPasskey({ name: name.trim() || undefined });
    setPending(false);
    if (result?.error) {
      setError(authErrorMessage(result.error));
      return;
    }
    setName("");
    passkeys.refetch();
  }

  async function remove(id: string) {
    setError(null);
    const result = await authClient.passkey.deletePasskey({ id });
    if (result.error) setError(authErrorMessage(result.error));
    passkeys.refetch();
  }

  return (
    <div className="max-w-md space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {passkeys.data && passkeys.data.length > 0 ? (
        <ul aria-label="Passkeys" className="divide-y divide-border rounded border border-border">
          {passkeys.data.map((key) => (
            <li key={key.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                {key.name || "Passkey"}{" "}
                <span className="text-muted-foreground">· added {new Date(key.createdAt).toISOString().slice(0, 10)}</span>
              </span>
              <Button size="sm" variant="secondary" onClick={() => remove(key.id)} aria-label={`Remove passkey ${key.name || key.id}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No passkeys yet. A passkey signs you in with your device&apos;s lock (fingerprint, face or PIN), and counts as a second factor.</p>
      )}
      <form onSubmit={add} className="space-y-4" noValidate>
        <Field label="Passkey name" hint="Optional, e.g. “Work laptop”.">
          {(control) => <Input {...control} maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Button type="submit" loading={pending}>
          Add a passkey
        </Button>
      </form>
    </div>
  );
}
