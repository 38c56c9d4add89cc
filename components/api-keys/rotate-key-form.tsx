"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** The overlaps offered, in seconds; the API takes any value from 0 to 7 days. */
const overlaps = [
  { seconds: 0, label: "overlapNone" },
  { seconds: 3_600, label: "overlapHour" },
  { seconds: 86_400, label: "overlapDay" },
  { seconds: 604_800, label: "overlapWeek" },
] as const;

export type RotateKeyFormProps = {
  /** Throws on failure; the message shows above the buttons. */
  onSubmit: (overlapSeconds: number) => Promise<void>;
  onCancel: () => void;
};

/** Rotation: the key keeps its settings and gets a new secret; the old one lasts the chosen overlap. */
export function RotateKeyForm({ onSubmit, onCancel }: RotateKeyFormProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("api-keys.rotate");
  const [overlap, setOverlap] = useState(86_400);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      await onSubmit(overlap);
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("overlap")}>
        {(control) => (
          <Select {...control} options={overlaps.map((o) => ({ value: String(o.seconds), label: t(o.label) }))} value={String(overlap)} onChange={(e) => setOverlap(Number(e.target.value))} />
        )}
      </Field>
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
