import type { Metadata } from "next";
import { enabledSocialProviders } from "@/lib/auth/config";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param, safeNext } from "@/components/auth/safe-next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  return (
    <>
      <AuthHeading title="Sign in to Keel" description="Welcome back." />
      <SignInForm next={safeNext(query.next)} providers={enabledSocialProviders()} defaultEmail={param(query.email)} />
    </>
  );
}
