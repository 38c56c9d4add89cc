import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("resetPassword") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [query, t] = await Promise.all([searchParams, getTranslations("auth.resetPassword")]);
  // Better Auth redirects here with `?error=INVALID_TOKEN` when the link has expired.
  const expired = Boolean(param(query.error));
  const token = expired ? undefined : param(query.token);
  return (
    <>
      <AuthHeading title={t("title")} />
      <ResetPasswordForm token={token} expired={expired} />
    </>
  );
}
