import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/components/ui/format";

const reasons = {
  bounce: "Mail to it bounced: the receiving server says the mailbox does not exist.",
  complaint: "A message to it was marked as spam.",
} as const;

/**
 * Above every dashboard page while mail to the user's address is stopped: they would otherwise
 * miss password resets and invitations without knowing why. Links to the email-change form.
 */
export function EmailSuppressedBanner({ email, notice }: { email: string; notice: { reason: keyof typeof reasons; since: Date | string } | null }) {
  if (!notice) return null;
  return (
    <div data-testid="email-suppressed-banner" className="mb-6">
      <Alert tone="error" title={`We stopped sending email to ${email}`}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>
            {reasons[notice.reason]} Since {formatDate(notice.since)} you get no account email (password resets, invitations, notices). Change your
            address to get them again.
          </p>
          <Link href="/dashboard/settings#email" className={buttonClass("secondary", "sm")}>
            Change email
          </Link>
        </div>
      </Alert>
    </div>
  );
}
