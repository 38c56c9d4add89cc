import type { Metadata } from "next";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const query = await searchParams;
  // Better Auth redirects here with `?error=INVALID_TOKEN` when the link has expired.
  const expired = Boolean(param(query.error));
  const token = expired ? undefined : param(query.token);
  return (
    <>
      <AuthHeading title="Choose a new password" />
      <ResetPasswordForm token={token} expired={expired} />
    </>
  );
}
