"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";

function minutesLeft(endsAt: string): number {
  return Math.max(0, Math.ceil((new Date(endsAt).getTime() - Date.now()) / 60_000));
}

/** The minutes left, refreshed each 15 s, and the button that ends the impersonation. */
export function ImpersonationCountdown({ endsAt }: { endsAt: string }) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("admin.impersonation");
  const [left, setLeft] = useState(() => minutesLeft(endsAt));
  const [error, setError] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => setLeft(minutesLeft(endsAt)), 15_000);
    return () => clearInterval(timer);
  }, [endsAt]);

  async function end() {
    setEnding(true);
    try {
      await api("/platform/impersonations/current", { method: "DELETE" });
      // The admin's own session cookie is back: a full load, so no page rendered for the
      // impersonated user stays in the client router's cache.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/admin/users");
    } catch (caught) {
      setError(errorMessage(caught));
      setEnding(false);
    }
  }

  return (
    <span className="flex items-center gap-3">
      <span>{t("minutesLeft", { minutes: left })}</span>
      <Button size="sm" variant="secondary" className="text-foreground" onClick={end} disabled={ending}>
        {ending ? t("ending") : t("end")}
      </Button>
      {error ? <span role="alert">{error}</span> : null}
    </span>
  );
}
