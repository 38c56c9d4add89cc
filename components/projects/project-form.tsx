"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

/** What the form edits. */
export type ProjectValues = { name: string; description: string };

export type ProjectFormProps = {
  initial?: ProjectValues;
  submitLabel: string;
  /** Throws `ApiError` on failure; its field errors show under the fields. */
  onSubmit: (values: ProjectValues) => Promise<void>;
  onCancel?: () => void;
  /** Empty the fields after a successful submit. @default false */
  resetOnSuccess?: boolean;
};

export function ProjectForm({ initial, submitLabel, onSubmit, onCancel, resetOnSuccess = false }: ProjectFormProps) {
  const describeError = useErrorMessage();
  const t = useTranslations("projects.form");
  const ui = useTranslations("ui");
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

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
      await onSubmit({ name: name.trim(), description: description.trim() });
      if (resetOnSuccess) {
        setName("");
        setDescription("");
      }
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setFields(caught.fields);
      else setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("name")} error={fields.name}>
        {(control) => <Input {...control} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t("description")} error={fields.description} hint={t("descriptionHint")}>
        {(control) => <Textarea {...control} maxLength={2000} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {ui("cancel")}
          </Button>
        ) : null}
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
