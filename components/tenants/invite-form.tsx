"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useAssignableRoleOptions } from "./role-options";

/** Email + role; the invitee gets an email with the accept link. */
export function InviteForm({ tenantId, onInvited }: { tenantId: string; onInvited: () => Promise<void> | void }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.invite");
  const roleOptions = useAssignableRoleOptions();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("member");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFields({});
    setSentTo(null);
    try {
      await api(`/tenants/${tenantId}/invitations`, { method: "POST", tenantId, body: { email: email.trim(), role } });
      setSentTo(email.trim());
      setEmail("");
      await onInvited();
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setFields(caught.fields);
      else setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sentTo ? <Alert tone="success">{t("sent", { email: sentTo })}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Field label={t("email")} error={fields.email}>
          {(control) => (
            <Input {...control} type="email" autoComplete="off" required placeholder={t("emailPlaceholder")} value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("role")} error={fields.role}>
          {(control) => <Select {...control} value={role} onChange={(e) => setRole(e.target.value)} options={roleOptions} />}
        </Field>
        <Button type="submit" className="sm:mt-6.5" loading={pending} disabled={!email.trim()}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
