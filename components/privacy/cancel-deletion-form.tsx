"use client";

import Link from "next/link";
import { useState } from "react";
import { api, ApiError } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";

export type CancelDeletionLabels = {
  keep: string;
  kept: string;
  signIn: string;
  /** The link's token names no scheduled deletion: used, expired or mistyped. */
  invalid: string;
  failed: string;
};

/**
 * "Keep my account": `POST /privacy/deletion/cancel` with the emailed link's token. The words come
 * from the server (the public site's client bundle carries no module messages).
 */
export function CancelDeletionForm({ token, labels }: { token: string; labels: CancelDeletionLabels }) {
  const [state, setState] = useState<"idle" | "pending" | "kept" | "invalid" | "failed">("idle");

  async function keep() {
    setState("pending");
    try {
      await api("/privacy/deletion/cancel", { method: "POST", body: { token } });
      setState("kept");
    } catch (caught) {
      // 422: a token too short or long to be one of ours is as unknown as a used one.
      const unknown = caught instanceof ApiError && (caught.status === 404 || caught.status === 422);
      setState(unknown ? "invalid" : "failed");
    }
  }

  if (state === "kept") {
    return (
      <div className="space-y-4">
        <Alert tone="success">{labels.kept}</Alert>
        <Link href="/sign-in" className={buttonClass("primary")}>
          {labels.signIn}
        </Link>
      </div>
    );
  }
  if (state === "invalid") return <Alert tone="error">{labels.invalid}</Alert>;
  return (
    <div className="space-y-4">
      {state === "failed" ? <Alert tone="error">{labels.failed}</Alert> : null}
      <Button onClick={() => void keep()} loading={state === "pending"}>
        {labels.keep}
      </Button>
    </div>
  );
}
