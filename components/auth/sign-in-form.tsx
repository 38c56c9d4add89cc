"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAuthErrorMessage } from "./auth-error";
import { PasskeySignInButton } from "./passkey-sign-in-button";
import { SecondFactorForm } from "./second-factor-form";
import { withNext } from "./safe-next";
import { SocialButtons, type SocialProvider } from "./social-buttons";

export type SignInFormProps = {
  /** Where to go after signing in (already checked to be a local path). */
  next: string;
  providers: readonly SocialProvider[];
  defaultEmail?: string;
};

export function SignInForm({ next, providers, defaultEmail = "" }: SignInFormProps) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const router = useRouter();
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState<"password" | "magic" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unverified, setUnverified] = useState(false);
  const [magicSent, setMagicSent] = useState(false);
  // Set when the password was right and the account has two-factor on: Better Auth then holds the
  // session back until /two-factor/verify-totp (or a backup code) succeeds.
  const [needsSecondFactor, setNeedsSecondFactor] = useState(false);

  function done() {
    router.replace(next);
    router.refresh();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending("password");
    setError(null);
    setUnverified(false);
    const result = await authClient.signIn.email({ email, password });
    if (result.error) {
      setError(authErrorMessage(result.error));
      setUnverified(result.error.code === "EMAIL_NOT_VERIFIED");
      setPending(null);
      return;
    }
    if (result.data && "twoFactorRedirect" in result.data && result.data.twoFactorRedirect) {
      setPending(null);
      setNeedsSecondFactor(true);
      return;
    }
    done();
  }

  async function sendMagicLink() {
    if (!email) {
      setError(t("errors.enterEmailFirst"));
      return;
    }
    setPending("magic");
    setError(null);
    const result = await authClient.signIn.magicLink({ email, callbackURL: next });
    setPending(null);
    if (result.error) setError(authErrorMessage(result.error));
    else setMagicSent(true);
  }

  if (magicSent) {
    return (
      <Alert tone="success" title={t("signIn.magicSentTitle")}>
        {t.rich("signIn.magicSentBody", { email, strong: (chunks) => <strong>{chunks}</strong> })}
      </Alert>
    );
  }

  if (needsSecondFactor) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-muted-foreground">{t("signIn.secondFactorIntro")}</p>
        <SecondFactorForm onVerified={done} />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <SocialButtons providers={providers} callbackURL={next} />
      <PasskeySignInButton onSignedIn={done} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? (
          <Alert tone="error">
            {error}
            {unverified ? (
              <>
                {" "}
                <Link className="underline" href={`/verify-email?email=${encodeURIComponent(email)}`}>
                  {t("signIn.resendLink")}
                </Link>
              </>
            ) : null}
          </Alert>
        ) : null}
        <Field label={t("fields.email")}>
          {(control) => (
            <Input {...control} type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("fields.password")} hint={<Link className="underline hover:text-foreground" href="/forgot-password">{t("signIn.forgotPassword")}</Link>}>
          {(control) => (
            <Input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" className="w-full" loading={pending === "password"} disabled={pending !== null}>
          {t("signIn.submit")}
        </Button>
        <Button variant="ghost" className="w-full" onClick={sendMagicLink} loading={pending === "magic"} disabled={pending !== null}>
          {t("signIn.magicLink")}
        </Button>
      </form>
      <p className="text-center text-sm text-muted-foreground">
        {t("signIn.newHere")}{" "}
        <Link className="font-medium text-foreground underline" href={withNext("/sign-up", next)}>
          {t("signIn.createAccount")}
        </Link>
      </p>
    </div>
  );
}
