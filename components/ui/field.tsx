import { useId, type ReactNode } from "react";
import { Label } from "./label";

export type FieldControlProps = {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
};

export type FieldProps = {
  label: string;
  /** The error under the control; announced politely when it appears. */
  error?: string;
  /** Help text under the control. */
  hint?: ReactNode;
  /** Renders the control, bound to the label and the error/hint through the props it receives. */
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled control with hint and error text, wired for assistive technology. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="polite" className="text-xs text-danger empty:hidden">
        {error ?? ""}
      </p>
    </div>
  );
}
