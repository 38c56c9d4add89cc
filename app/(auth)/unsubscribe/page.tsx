import type { Metadata } from "next";
import Link from "next/link";
import { notificationTypes } from "@/lib/app";
import { describeUnsubscribe } from "@/lib/notifications";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where an email's unsubscribe link lands. Opening it changes nothing (mail scanners follow links);
 * the button POSTs the signed token, which is all it takes: no sign-in.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const token = param(query.token) ?? "";
  const target = token ? await describeUnsubscribe(token, notificationTypes) : null;
  if (!target) {
    return (
      <>
        <AuthHeading title="Link not valid" />
        <Alert tone="error">This unsubscribe link is not valid: it may be incomplete. Open it again from the email, or change your notification preferences in the dashboard.</Alert>
      </>
    );
  }
  if (param(query.done) === "1") {
    return (
      <>
        <AuthHeading title="You are unsubscribed" description={`You will no longer receive ${target.label}.`} />
        <p className="text-center text-sm text-muted-foreground">
          Changed your mind? <Link className="underline" href="/dashboard/notifications/preferences">Notification preferences</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <AuthHeading title="Unsubscribe?" description={`Stop receiving ${target.label}. Notifications in the app are not affected.`} />
      <form method="post" action={`/notifications/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className={buttonClass("primary", "md", "w-full")}>
          Unsubscribe
        </button>
      </form>
    </>
  );
}
