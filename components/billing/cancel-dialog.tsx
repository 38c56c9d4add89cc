"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

/** The reasons the API accepts; each has its label under `billing.cancel.reasons`. */
export const cancelReasons = ["too_expensive", "missing_feature", "just_testing", "switching_provider", "other"] as const;

export type CancelValues = { reason: (typeof cancelReasons)[number]; comment: string };

export type CancelDialogProps = {
  open: boolean;
  onClose: () => void;
  /** When the paid period ends (the plan stays until then). */
  periodEnd: string | null;
  onSubmit: (values: CancelValues) => Promise<void>;
  busy: boolean;
  error: string | null;
};

/** Asks why before canceling at the end of the period. */
export function CancelDialog({ open, onClose, periodEnd, onSubmit, busy, error }: CancelDialogProps) {
  const t = useTranslations("billing.cancel");
  const format = useFormatter();
  const [reason, setReason] = useState<CancelValues["reason"] | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; comment?: string }>({});
  const legendId = useId();
  const reasonErrorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      reason: reason ? undefined : t("pickReason"),
      comment: reason === "other" && comment.trim() === "" ? t("commentRequired") : undefined,
    };
    setErrors(next);
    if (next.reason || next.comment || !reason) return;
    void onSubmit({ reason, comment: comment.trim() });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("title")}
      description={periodEnd ? t("activeUntil", { date: format.dateTime(new Date(periodEnd), "date") }) : t("activeUntilPeriodEnd")}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <div role="radiogroup" aria-labelledby={legendId} aria-required="true" aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? reasonErrorId : undefined} className="space-y-2">
          <p id={legendId} className="text-sm font-medium">
            {t("why")}
          </p>
          {cancelReasons.map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm">
              <input type="radio" name="cancel-reason" value={option} checked={reason === option} onChange={() => setReason(option)} className="size-4 accent-primary" />
              {t(`reasons.${option}`)}
            </label>
          ))}
          <p id={reasonErrorId} aria-live="polite" className="text-xs text-danger empty:hidden">
            {errors.reason ?? ""}
          </p>
        </div>
        <Field label={t("comment")} error={errors.comment} hint={reason === "other" ? t("commentHintRequired") : t("commentHintOptional")}>
          {(control) => <Textarea {...control} value={comment} maxLength={2000} required={reason === "other"} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t("keep")}
          </Button>
          <Button type="submit" variant="danger" loading={busy}>
            {t("confirm")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
