import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { myReferrals } from "@/lib/referrals/stats";
import { CopyLink } from "./copy-link";

/** The referral link to copy and the four figures, read on the server. */
export async function ReferralsView({ userId }: { userId: string }) {
  const [stats, t] = await Promise.all([myReferrals(userId), getTranslations("referrals.page")]);
  const figures: [string, number][] = [
    [t("clicks"), stats.clicks],
    [t("signups"), stats.signups],
    [t("conversions"), stats.conversions],
    [t("creditsEarned"), stats.creditsEarned],
  ];
  return (
    <div className="space-y-6">
      <Card>
        <p className="mb-2 text-sm font-medium">{t("yourLink")}</p>
        <CopyLink link={stats.link} />
        <p className="mt-3 text-sm text-muted-foreground">{t("howItWorks")}</p>
      </Card>
      <dl className="grid gap-4 sm:grid-cols-4" data-testid="referral-figures">
        {figures.map(([label, value]) => (
          <Card as="div" key={label}>
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </Card>
        ))}
      </dl>
    </div>
  );
}
