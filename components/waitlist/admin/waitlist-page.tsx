import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { adminWaitlist } from "@/lib/waitlist/invite";
import { InviteFirstForm, WaitingList } from "./invite-forms";

/** `/admin/waitlist`: the first 200 in line with their referrals, invite the first N or those ticked, and the latest invited. */
export async function WaitlistAdminPage() {
  const [list, t, format] = await Promise.all([adminWaitlist(200, 0), getTranslations("waitlist.admin"), getFormatter()]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <p className="text-sm text-muted-foreground" data-testid="waitlist-totals">
        {t("totals", list.totals)}
      </p>
      <Card>
        <CardHeader title={t("inviteFirst")} />
        <InviteFirstForm />
      </Card>
      <Card className="min-w-0">
        {list.waiting.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <WaitingList entries={list.waiting.map((e) => ({ id: e.id, email: e.email, position: e.position, referrals: e.referrals, verified: e.verified, joined: format.dateTime(e.joinedAt, { dateStyle: "medium" }) }))} />
        )}
      </Card>
      {list.invited.length > 0 ? (
        <Card className="min-w-0">
          <CardHeader title={t("recentlyInvited")} />
          <ul className="space-y-1 text-sm">
            {list.invited.map((e) => (
              <li key={e.id} className="break-all">
                {e.email} · {e.invitedAt ? format.dateTime(e.invitedAt, { dateStyle: "medium" }) : null}
                {e.signedUpAt ? ` · ${t("signedUp")}` : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
