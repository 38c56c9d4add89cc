"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

export type DialogProps = {
  open: boolean;
  /** Called when the user dismisses it (Escape, backdrop click, Cancel). */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
};

/**
 * A modal on the native `<dialog>`: the browser traps focus, handles Escape and restores focus to
 * the opener, so none of that is reimplemented here.
 */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-border bg-card p-0 text-foreground shadow-xl"
    >
      {open ? (
        <div className="space-y-4 p-6">
          <div className="space-y-1">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description ? (
              <div id={descriptionId} className="text-sm text-muted-foreground">
                {description}
              </div>
            ) : null}
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}

export type ConfirmDialogProps = Omit<DialogProps, "children"> & {
  confirmLabel: string;
  onConfirm: () => void;
  /** @default false */
  busy?: boolean;
  /** @default true */
  destructive?: boolean;
  error?: string | null;
};

/** "Are you sure?" with a Cancel and a confirm button. */
export function ConfirmDialog({ confirmLabel, onConfirm, busy = false, destructive = true, error, ...dialog }: ConfirmDialogProps) {
  const t = useTranslations("ui");
  return (
    <Dialog {...dialog}>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={dialog.onClose} disabled={busy}>
          {t("cancel")}
        </Button>
        <Button variant={destructive ? "danger" : "primary"} onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
