"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { useAuthErrorMessage } from "./auth-error";

/** Each provider's button label, under `auth.social`. */
const labelKeys = { github: "github", google: "google" } as const;

export type SocialProvider = keyof typeof labelKeys;

/** One button per configured provider; renders nothing when none is configured. */
export function SocialButtons({ providers, callbackURL }: { providers: readonly SocialProvider[]; callbackURL: string }) {
  const t = useTranslations("auth.social");
  const authErrorMessage = useAuthErrorMessage();
  const [pending, setPending] = useState<SocialProvider | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (providers.length === 0) return null;

  async function start(provider: SocialProvider) {
    setPending(provider);
    setError(null);
    const result = await authClient.signIn.social({ provider, callbackURL });
    // On success the browser is already navigating to the provider.
    if (result.error) {
      setError(authErrorMessage(result.error));
      setPending(null);
    }
  }

  return (
    <div className="space-y-2">
      {providers.map((provider) => (
        <Button key={provider} variant="secondary" className="w-full" loading={pending === provider} onClick={() => start(provider)}>
          {t(labelKeys[provider])}
        </Button>
      ))}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3 py-2 text-xs text-muted-foreground" aria-hidden="true">
        <span className="h-px flex-1 bg-border" />
        {t("or")}
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
