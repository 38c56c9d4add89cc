import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { enabledSocialProviders } from "@/lib/auth/config";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param, safeNext } from "@/components/auth/safe-next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("signUp") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const [query, t] = await Promise.all([searchParams, getTranslations("auth.signUp")]);
  const invitationId = param(query.invitation);
  return (
    <>
      <AuthHeading
        title={t("title")}
        description={t(invitationId ? "descriptionInvitation" : "description")}
      />
      <SignUpForm
        next={safeNext(query.next)}
        invitationId={invitationId}
        invitationToken={param(query.token)}
        defaultEmail={param(query.email)}
        referralCode={param(query.ref)}
        providers={enabledSocialProviders()}
      />
    </>
  );
}
