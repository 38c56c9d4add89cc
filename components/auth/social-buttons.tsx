"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { authErrorMessage } from "./auth-error";

const labels = { github: "Continue with GitHub", google: "Continue with Google" } as const;

export type SocialProvider = keyof typeof labels;

/** One button per configured provider; renders nothing when none is configured. */
export function SocialButtons({ providers, callbackURL }: { providers: readonly SocialProvider[]; callbackURL: string }) {
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
          {labels[provider]}
        </Button>
      ))}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3 py-2 text-xs text-muted-foreground" aria-hidden="true">
        <span className="h-px flex-1 bg-border" />
        or
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
