import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCurrentSession } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { ResendVerificationForm } from "@/components/auth/verify-email-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("verifyEmail") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Both "check your inbox" after sign-up and the landing page of the verification link. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const [query, session, t] = await Promise.all([searchParams, getCurrentSession(), getTranslations("auth.verifyEmail")]);
  const error = param(query.error);

  if (!error && session?.user.emailVerified) {
    return (
      <>
        <AuthHeading title={t("verifiedTitle")} description={t("verifiedSignedIn", { email: session.user.email })} />
        <Link className={buttonClass("primary", "md", "w-full")} href="/dashboard">
          {t("continueToDashboard")}
        </Link>
      </>
    );
  }

  if (!error && param(query.verified)) {
    return (
      <>
        <AuthHeading title={t("verifiedTitle")} description={t("verifiedSignIn")} />
        <Link className={buttonClass("primary", "md", "w-full")} href="/sign-in">
          {t("signIn")}
        </Link>
      </>
    );
  }

  const email = param(query.email) ?? session?.user.email;
  return (
    <>
      <AuthHeading
        title={t("checkInbox")}
        description={email ? t.rich("sentTo", { email, strong: (chunks) => <strong className="text-foreground">{chunks}</strong> }) : t("sent")}
      />
      <div className="space-y-4">
        {error ? (
          <Alert tone="error" title={t("linkFailedTitle")}>
            {t("linkFailedBody")}
          </Alert>
        ) : null}
        <ResendVerificationForm defaultEmail={email} />
        <p className="text-center text-sm text-muted-foreground">
          <Link className="underline hover:text-foreground" href="/sign-in">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </>
  );
}
