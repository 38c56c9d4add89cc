import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentSession } from "@/lib/app";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { ResendVerificationForm } from "@/components/auth/verify-email-panel";

export const metadata: Metadata = { title: "Verify your email" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Both "check your inbox" after sign-up and the landing page of the verification link. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const query = await searchParams;
  const session = await getCurrentSession();
  const error = param(query.error);

  if (!error && session?.user.emailVerified) {
    return (
      <>
        <AuthHeading title="Email verified" description={`Thanks, ${session.user.email} is confirmed.`} />
        <Link className={buttonClass("primary", "md", "w-full")} href="/dashboard">
          Continue to your dashboard
        </Link>
      </>
    );
  }

  if (!error && param(query.verified)) {
    return (
      <>
        <AuthHeading title="Email verified" description="Your address is confirmed. Sign in to continue." />
        <Link className={buttonClass("primary", "md", "w-full")} href="/sign-in">
          Sign in
        </Link>
      </>
    );
  }

  const email = param(query.email) ?? session?.user.email;
  return (
    <>
      <AuthHeading
        title="Check your inbox"
        description={
          email ? (
            <>
              We sent a verification link to <strong className="text-foreground">{email}</strong>. Open it to finish signing up.
            </>
          ) : (
            "We sent you a verification link. Open it to finish signing up."
          )
        }
      />
      <div className="space-y-4">
        {error ? (
          <Alert tone="error" title="That link did not work">
            It may have expired or been used already. Request a new one below.
          </Alert>
        ) : null}
        <ResendVerificationForm defaultEmail={email} />
        <p className="text-center text-sm text-muted-foreground">
          <Link className="underline hover:text-foreground" href="/sign-in">
            Back to sign in
          </Link>
        </p>
      </div>
    </>
  );
}
