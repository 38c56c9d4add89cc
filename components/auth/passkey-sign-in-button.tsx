"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAuthErrorMessage } from "./auth-error";

/** Signs in (or steps up) with a passkey; a passkey counts as a second factor (lib/auth/second-factor.ts). */
export function PasskeySignInButton({ onSignedIn, label }: { onSignedIn: () => void; /** @default "Sign in with a passkey", translated */ label?: string }) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signIn() {
    setPending(true);
    setError(null);
    const result = await authClient.signIn.passkey();
    setPending(false);
    if (result?.error) {
      setError("code" in result.error && result.error.code === "AUTH_CANCELLED" ? t("errors.passkeyCancelled") : authErrorMessage(result.error));
      return;
    }
    onSignedIn();
  }

  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant="secondary" className="w-full" onClick={signIn} loading={pending}>
        {label ?? t("passkey.signIn")}
      </Button>
    </div>
  );
}
