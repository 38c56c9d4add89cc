import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/app";
import { hasSecondFactor } from "@/lib/auth/second-factor";
import { AuthHeading } from "@/components/auth/auth-heading";
import { safeNext, withNext } from "@/components/auth/safe-next";
import { StepUpPanel } from "@/components/auth/step-up-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("stepUp") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Step-up: a signed-in user whose session has not proved a second factor (a magic link, or a
 * sign-in from before two-factor was on) verifies one here. Platform-admin pages send admins here.
 */
export default async function StepUpPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  const user = await getCurrentUser();
  if (!user) redirect(withNext("/sign-in", `/step-up?next=${encodeURIComponent(next)}`));
  if (user.secondFactorAt) redirect(next);
  const [enrolled, t] = await Promise.all([hasSecondFactor(user.id), getTranslations("auth.stepUp")]);
  return (
    <>
      <AuthHeading title={t("title")} description={t("description")} />
      {enrolled ? (
        <StepUpPanel next={next} totp={user.twoFactorEnabled} />
      ) : (
        <p className="text-sm text-muted-foreground">
          {t.rich("notEnrolled", {
            link: (chunks) => (
              <Link className="font-medium text-foreground underline" href="/dashboard/settings#security">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </>
  );
}
