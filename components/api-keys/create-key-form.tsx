"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** What the form sends to create a key. */
export type NewKeyValues = { name: string; environment: "live" | "test"; scopes: string[] };

export type CreateKeyFormProps = {
  /** The scopes this user may put on a key (a key never does more than its creator). */
  grantableScopes: readonly string[];
  /** Throws `ApiError` on failure; its field errors show under the fields. */
  onSubmit: (values: NewKeyValues) => Promise<void>;
  onCancel: () => void;
};

export function CreateKeyForm({ grantableScopes, onSubmit, onCancel }: CreateKeyFormProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("api-keys.form");
  const environments = [
    { value: "live", label: t("environmentLive") },
    { value: "test", label: t("environmentTest") },
  ];
  const [name, setName] = useState("");
  const [environment, setEnvironment] = useState<"live" | "test">("live");
  const [scopes, setScopes] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  function toggle(scope: string, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFields({});
    if (!name.trim()) {
      setFields({ name: t("nameRequired") });
      return;
    }
    setPending(true);
    try {
      await onSubmit({ name: name.trim(), environment, scopes });
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setFields(caught.fields);
      else setError(errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("name")} error={fields.name} hint={t("nameHint")}>
        {(control) => <Input {...control} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t("environment")} error={fields.environment}>
        {(control) => <Select {...control} options={environments} value={environment} onChange={(e) => setEnvironment(e.target.value === "test" ? "test" : "live")} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("scopes")}</legend>
        <div className="grid grid-cols-2 gap-x-4 gap-y-1">
          {grantableScopes.map((scope) => (
            <label key={scope} className="flex items-center gap-2 font-mono text-xs">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
              {scope}
            </label>
          ))}
        </div>
        {fields.scopes ? <p className="text-xs text-danger">{fields.scopes}</p> : null}
      </fieldset>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t("cancel")}
        </Button>
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
