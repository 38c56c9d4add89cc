import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCurrentUser } from "@/lib/app";
import { isRole } from "@/lib/auth/roles";
import { describeInvitation } from "@/lib/tenants";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { InvitationResponse } from "@/components/tenants/invitation-response";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.meta");
  return { title: t("acceptInvitation") };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the invitation email's link lands. The link's `token` proves the visitor reads mail at the
 * invited address; without it only the signed-in invitee with a verified address sees anything.
 */
export default async function AcceptInvitationPage({ params, searchParams }: Props) {
  const [{ id }, query, user, t] = await Promise.all([params, searchParams, getCurrentUser(), getTranslations("auth.acceptInvitation")]);
  const token = param(query.token);
  const invitation = await describeInvitation(id, { token, viewerId: user?.id ?? null });
  const linkToken = invitation?.tokenValid ? token : undefined;
  const here = `/accept-invitation/${encodeURIComponent(id)}${linkToken ? `?token=${encodeURIComponent(linkToken)}` : ""}`;

  if (!invitation) {
    return (
      <>
        <AuthHeading title={t("notFoundTitle")} />
        <Alert tone="error">{t("notFoundBody")}</Alert>
      </>
    );
  }

  const expired = hasPassed(invitation.expiresAt);
  const roleName = isRole(invitation.role) ? t(`roles.${invitation.role}`) : invitation.role;
  const heading = (
    <AuthHeading
      title={t("joinTitle", { tenant: invitation.tenantName })}
      description={t.rich("invitedBy", {
        inviter: invitation.inviterName,
        email: invitation.email,
        role: roleName,
        strong: (chunks) => <strong className="text-foreground">{chunks}</strong>,
      })}
    />
  );

  const addressedToUser = user !== null && user.email.toLowerCase() === invitation.email.toLowerCase();
  // Signing up with a verified address joins at once (lib/tenants/provision.ts), so this is the
  // usual landing after "Sign up to accept" when email verification is required.
  if (invitation.status === "accepted" && addressedToUser) {
    return (
      <>
        <AuthHeading title={t("joinedTitle", { tenant: invitation.tenantName })} description={t("joinedDescription", { role: roleName })} />
        <Link className={buttonClass("primary", "md", "w-full")} href="/dashboard">
          {t("continueToDashboard")}
        </Link>
      </>
    );
  }

  if (invitation.status !== "pending" || expired) {
    const status = expired && invitation.status === "pending" ? "expired" : invitation.status;
    const closed = isClosedStatus(status) ? t(`closed.${status}`) : t("closed.canceled");
    return (
      <>
        {heading}
        <Alert tone="info">{closed}</Alert>
        {user ? <DashboardLink label={t("goToDashboard")} /> : null}
      </>
    );
  }

  if (!user) {
    const email = encodeURIComponent(invitation.email);
    return (
      <>
        {heading}
        <div className="space-y-3">
          <Link className={buttonClass("primary", "md", "w-full")} href={`/sign-up?invitation=${encodeURIComponent(id)}&token=${encodeURIComponent(linkToken ?? "")}&email=${email}`}>
            {t("signUpToAccept")}
          </Link>
          <Link className={buttonClass("secondary", "md", "w-full")} href={`/sign-in?next=${encodeURIComponent(here)}&email=${email}`}>
            {t("haveAccount")}
          </Link>
        </div>
      </>
    );
  }

  if (!addressedToUser) {
    return (
      <>
        {heading}
        <Alert tone="error" title={t("wrongAccountTitle")}>
          {t("wrongAccountBody", { current: user.email, invited: invitation.email })}
        </Alert>
        <DashboardLink label={t("goToDashboard")} />
      </>
    );
  }

  return (
    <>
      {heading}
      <InvitationResponse invitationId={id} token={linkToken} tenantName={invitation.tenantName} />
    </>
  );
}

function DashboardLink({ label }: { label: string }) {
  return (
    <Link className={buttonClass("secondary", "md", "mt-4 w-full")} href="/dashboard">
      {label}
    </Link>
  );
}

const closedStatuses = ["expired", "accepted", "rejected", "canceled"] as const;

function isClosedStatus(status: string): status is (typeof closedStatuses)[number] {
  return (closedStatuses as readonly string[]).includes(status);
}

function hasPassed(date: Date): boolean {
  return date.getTime() < Date.now();
}
