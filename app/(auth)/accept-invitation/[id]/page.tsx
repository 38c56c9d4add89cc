import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/app";
import { describeInvitation } from "@/lib/tenants";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";
import { InvitationResponse } from "@/components/tenants/invitation-response";

export const metadata: Metadata = { title: "Accept invitation" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the invitation email's link lands. The link's `token` proves the visitor reads mail at the
 * invited address; without it only the signed-in invitee with a verified address sees anything.
 */
export default async function AcceptInvitationPage({ params, searchParams }: Props) {
  const [{ id }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const token = param(query.token);
  const invitation = await describeInvitation(id, { token, viewerId: user?.id ?? null });
  const linkToken = invitation?.tokenValid ? token : undefined;
  const here = `/accept-invitation/${encodeURIComponent(id)}${linkToken ? `?token=${encodeURIComponent(linkToken)}` : ""}`;

  if (!invitation) {
    return (
      <>
        <AuthHeading title="Invitation not found" />
        <Alert tone="error">
          This invitation link is not valid: it may be incomplete, or a newer email replaced it. Open the link in the latest invitation email, or ask
          the person who invited you to resend it.
        </Alert>
      </>
    );
  }

  const expired = hasPassed(invitation.expiresAt);
  const heading = (
    <AuthHeading
      title={`Join ${invitation.tenantName}`}
      description={
        <>
          {invitation.inviterName} invited <strong className="text-foreground">{invitation.email}</strong> to join as{" "}
          <strong className="text-foreground">{invitation.role}</strong>.
        </>
      }
    />
  );

  const addressedToUser = user !== null && user.email.toLowerCase() === invitation.email.toLowerCase();
  // Signing up with a verified address joins at once (lib/tenants/provision.ts), so this is the
  // usual landing after "Sign up to accept" when email verification is required.
  if (invitation.status === "accepted" && addressedToUser) {
    return (
      <>
        <AuthHeading title={`You joined ${invitation.tenantName}`} description={`You are a ${invitation.role} there now.`} />
        <Link className={buttonClass("primary", "md", "w-full")} href="/dashboard">
          Continue to your dashboard
        </Link>
      </>
    );
  }

  if (invitation.status !== "pending" || expired) {
    const reason = expired && invitation.status === "pending" ? "has expired" : `was ${invitation.status}`;
    return (
      <>
        {heading}
        <Alert tone="info">This invitation {reason}. Ask for a new one if you still want to join.</Alert>
        {user ? <DashboardLink /> : null}
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
            Sign up to accept
          </Link>
          <Link className={buttonClass("secondary", "md", "w-full")} href={`/sign-in?next=${encodeURIComponent(here)}&email=${email}`}>
            I already have an account
          </Link>
        </div>
      </>
    );
  }

  if (!addressedToUser) {
    return (
      <>
        {heading}
        <Alert tone="error" title="This invitation is for another account">
          You are signed in as {user.email}. Sign out and sign in as {invitation.email} to accept it.
        </Alert>
        <DashboardLink />
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

function DashboardLink() {
  return (
    <Link className={buttonClass("secondary", "md", "mt-4 w-full")} href="/dashboard">
      Go to your dashboard
    </Link>
  );
}

function hasPassed(date: Date): boolean {
  return date.getTime() < Date.now();
}
