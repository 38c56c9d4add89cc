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
import { isPasswordError, useAuthErrorMessage } from "./auth-error";
import { withNext } from "./safe-next";
import { SocialButtons, type SocialProvider } from "./social-buttons";

export type SignUpFormProps = {
  /** Where to go afterwards when there is no invitation. */
  next: string;
  /** Accepting this invitation is the next step. */
  invitationId?: string;
  /** The invitation link's secret, carried back to the accept page (it proves the address). */
  invitationToken?: string;
  defaultEmail?: string;
  /**
   * The `?ref=` code of the link that brought the visitor, sent with the sign-up as the
   * `x-referral-code` header (the referrals module reads it; without that module nothing does).
   */
  referralCode?: string;
  providers: readonly SocialProvider[];
};

export function SignUpForm({ next, invitationId, invitationToken, defaultEmail = "", referralCode, providers }: SignUpFormProps) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const router = useRouter();
  const [name, setName] = useState("");
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState("");
  const [marketing, setMarketing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const tokenQuery = invitationToken ? `?token=${encodeURIComponent(invitationToken)}` : "";
  const destination = invitationId ? `/accept-invitation/${encodeURIComponent(invitationId)}${tokenQuery}` : next;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPasswordError(undefined);
    if (password.length < 8) {
      setPasswordError(t("errors.PASSWORD_TOO_SHORT"));
      return;
    }
    setPending(true);
    const result = await authClient.signUp.email({
      name,
      email,
      password,
      // Where the verification link lands when the address must be confirmed first.
      callbackURL: invitationId ? destination : "/verify-email?verified=1",
      // The referrals module reads the code, the privacy module the marketing choice (creating the
      // account accepts the terms and privacy policy in force, as the line above the button says).
      fetchOptions: { headers: { ...(referralCode ? { "x-referral-code": referralCode } : {}), "x-marketing-consent": marketing ? "granted" : "denied" } },
    });
    if (result.error) {
      if (isPasswordError(result.error)) setPasswordError(authErrorMessage(result.error));
      else setError(authErrorMessage(result.error));
      setPending(false);
      return;
    }
    // No session token means the address must be verified before signing in.
    if (!result.data?.token) {
      router.replace(`/verify-email?email=${encodeURIComponent(email)}`);
      return;
    }
    router.replace(destination);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <SocialButtons providers={providers} callbackURL={destination} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field label={t("fields.name")}>
          {(control) => <Input {...control} name="name" autoComplete="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("fields.email")}>
          {(control) => (
            <Input {...control} type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <Field label={t("fields.password")} hint={t("signUp.passwordHint")} error={passwordError}>
          {(control) => (
            <Input
              {...control}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={128}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="marketing" className="mt-0.5 size-4" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
          <span>{t("signUp.marketing")}</span>
        </label>
        <p className="text-xs text-muted-foreground">
          {t.rich("signUp.agreement", {
            terms: (chunks) => (
              <Link className="underline" href="/legal/terms">
                {chunks}
              </Link>
            ),
            privacy: (chunks) => (
              <Link className="underline" href="/legal/privacy">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <Button type="submit" className="w-full" loading={pending}>
          {t("signUp.submit")}
        </Button>
      </form>
      <p className="text-center text-sm text-muted-foreground">
        {t("signUp.haveAccount")}{" "}
        <Link className="font-medium text-foreground underline" href={withNext("/sign-in", invitationId ? destination : next)}>
          {t("signUp.signIn")}
        </Link>
      </p>
    </div>
  );
}
