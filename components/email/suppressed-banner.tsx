import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

type SuppressionReason = "bounce" | "complaint";

/**
 * Above every dashboard page while mail to the user's address is stopped: they would otherwise
 * miss password resets and invitations without knowing why. Links to the email-change form.
 */
export function EmailSuppressedBanner({ email, notice }: { email: string; notice: { reason: SuppressionReason; since: Date | string } | null }) {
  const t = useTranslations("email.suppressed");
  const format = useFormatter();
  if (!notice) return null;
  return (
    <div data-testid="email-suppressed-banner" className="mb-6">
      <Alert tone="error" title={t("title", { email })}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>{t("body", { reason: t(`reasons.${notice.reason}`), date: format.dateTime(new Date(notice.since), "date") })}</p>
          <Link href="/dashboard/settings#email" className={buttonClass("secondary", "sm")}>
            {t("changeEmail")}
          </Link>
        </div>
      </Alert>
    </div>
  );
}
