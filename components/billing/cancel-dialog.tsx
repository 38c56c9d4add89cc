"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { formatDate } from "@/components/ui/format";

export const cancelReasonOptions = [
  { value: "too_expensive", label: "Too expensive" },
  { value: "missing_feature", label: "Missing a feature" },
  { value: "just_testing", label: "Just testing" },
  { value: "switching_provider", label: "Switching provider" },
  { value: "other", label: "Other" },
] as const;

export type CancelValues = { reason: (typeof cancelReasonOptions)[number]["value"]; comment: string };

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
  const [reason, setReason] = useState<CancelValues["reason"] | null>(null);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; comment?: string }>({});
  const legendId = useId();
  const reasonErrorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      reason: reason ? undefined : "Pick a reason.",
      comment: reason === "other" && comment.trim() === "" ? "Tell us why in a few words." : undefined,
    };
    setErrors(next);
    if (next.reason || next.comment || !reason) return;
    void onSubmit({ reason, comment: comment.trim() });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Cancel subscription"
      description={periodEnd ? `Your plan stays active until ${formatDate(periodEnd)}, then the tenant moves to the free plan.` : "Your plan stays active until the end of the period."}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <div role="radiogroup" aria-labelledby={legendId} aria-required="true" aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? reasonErrorId : undefined} className="space-y-2">
          <p id={legendId} className="text-sm font-medium">
            Why are you canceling?
          </p>
          {cancelReasonOptions.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="cancel-reason" value={option.value} checked={reason === option.value} onChange={() => setReason(option.value)} className="size-4 accent-primary" />
              {option.label}
            </label>
          ))}
          <p id={reasonErrorId} aria-live="polite" className="text-xs text-danger empty:hidden">
            {errors.reason ?? ""}
          </p>
        </div>
        <Field label="Tell us more" error={errors.comment} hint={reason === "other" ? "Required when the reason is Other." : "Optional."}>
          {(control) => <Textarea {...control} value={comment} maxLength={2000} required={reason === "other"} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Keep subscription
          </Button>
          <Button type="submit" variant="danger" loading={busy}>
            Confirm cancellation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
