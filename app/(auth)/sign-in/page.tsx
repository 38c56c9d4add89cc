import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { enabledSocialProviders } from "@/lib/auth/config";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param, safeNext } from "@/components/auth/safe-next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("signIn") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const [query, t] = await Promise.all([searchParams, getTranslations("auth.signIn")]);
  return (
    <>
      <AuthHeading title={t("title")} description={t("description")} />
      {/* Where a self-service account deletion lands (the privacy module): the sessions just ended. */}
      {param(query.deletion) === "scheduled" ? (
        <Alert tone="info" className="mb-4">
          {t("deletionScheduled")}
        </Alert>
      ) : null}
      {param(query.deactivated) === "1" ? (
        <Alert tone="info" className="mb-4">
          {t("deactivated")}
        </Alert>
      ) : null}
      <SignInForm next={safeNext(query.next)} providers={enabledSocialProviders()} defaultEmail={param(query.email)} />
    </>
  );
}
