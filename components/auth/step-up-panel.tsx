"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { PasskeySignInButton } from "./passkey-sign-in-button";
import { SecondFactorForm } from "./second-factor-form";

/** The step-up page's choices: an authenticator code (when TOTP is on) or a passkey. */
export function StepUpPanel({ next, totp }: { next: string; totp: boolean }) {
  const t = useTranslations("auth");
  const router = useRouter();
  function done() {
    router.replace(next);
    router.refresh();
  }
  return (
    <div className="space-y-4">
      {totp ? <SecondFactorForm onVerified={done} submitLabel={t("stepUp.submit")} /> : null}
      <PasskeySignInButton onSignedIn={done} label={t("passkey.stepUp")} />
    </div>
  );
}
