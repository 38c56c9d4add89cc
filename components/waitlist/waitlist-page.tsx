import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { verifyByToken } from "@/lib/waitlist/entries";
import { JoinForm } from "./join-form";

/** What the position link shows: the place in line, referrals, and the link to share. */
async function Place({ token }: { token: string }) {
  const t = await getTranslations("waitlist.page");
  const place = await verifyByToken(token).catch(() => null);
  if (!place) return <Alert tone="error">{t("badToken")}</Alert>;
  return (
    <div className="space-y-3 rounded-lg border border-border bg-card p-6" data-testid="waitlist-place" data-position={place.position}>
      <p className="text-lg font-medium" role="status">
        {place.invited ? t("invited") : t("position", { position: place.position })}
      </p>
      <p className="text-sm text-muted-foreground">{t("referrals", { count: place.referrals })}</p>
      <div>
        <p className="text-sm font-medium">{t("share")}</p>
        <code className="mt-1 block break-all rounded bg-muted px-2 py-1 text-sm">{place.shareUrl}</code>
      </div>
    </div>
  );
}

/** `/join`: the form to join, or with `?token=` the place in line that link names (and confirms). */
export async function WaitlistPage({ token, referral }: { token?: string; referral?: string }) {
  const t = await getTranslations("waitlist.page");
  return (
    <div className="mx-auto w-full max-w-xl flex-1 space-y-8 px-6 pb-20 pt-12 sm:pt-16">
      <div className="space-y-3">
        <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      {token ? <Place token={token} /> : null}
      <JoinForm referral={referral} labels={{ email: t("email"), submit: t("submit"), joined: t.raw("joined") as string }} />
    </div>
  );
}
