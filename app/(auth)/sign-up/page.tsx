import type { Metadata } from "next";
import { enabledSocialProviders } from "@/lib/auth/config";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param, safeNext } from "@/components/auth/safe-next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const query = await searchParams;
  const invitationId = param(query.invitation);
  return (
    <>
      <AuthHeading
        title="Create your account"
        description={invitationId ? "Sign up to accept your invitation." : "Start free. No credit card needed."}
      />
      <SignUpForm
        next={safeNext(query.next)}
        invitationId={invitationId}
        invitationToken={param(query.token)}
        defaultEmail={param(query.email)}
        providers={enabledSocialProviders()}
      />
    </>
  );
}
