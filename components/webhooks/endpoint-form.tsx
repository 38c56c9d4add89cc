"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { EventPicker, type EventTypeOption } from "./event-picker";

export type EndpointValues = { url: string; description: string | null; events: string[] };

export type EndpointFormProps = {
  eventTypes: readonly EventTypeOption[];
  /** Throws `ApiError` on failure; its field errors show under the fields. */
  onSubmit: (values: EndpointValues) => Promise<void>;
  onCancel: () => void;
};

export function EndpointForm({ eventTypes, onSubmit, onCancel }: EndpointFormProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("webhooks.form");
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFields({});
    if (!url.trim()) {
      setFields({ url: t("urlRequired") });
      return;
    }
    setPending(true);
    try {
      await onSubmit({ url: url.trim(), description: description.trim() || null, events });
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setFields(caught.fields);
      else setError(errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("url")} error={fields.url} hint={t("urlHint")}>
        {(control) => <Input {...control} type="url" required inputMode="url" placeholder={t("urlPlaceholder")} value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Field label={t("description")} error={fields.description}>
        {(control) => <Input {...control} maxLength={500} placeholder={t("descriptionPlaceholder")} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <EventPicker options={eventTypes} value={events} onChange={setEvents} />
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
