import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notificationTypes } from "@/lib/app";
import { describeUnsubscribe } from "@/lib/notifications";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AuthHeading } from "@/components/auth/auth-heading";
import { param } from "@/components/auth/safe-next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.unsubscribe");
  return { title: t("metaTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where an email's unsubscribe link lands. Opening it changes nothing (mail scanners follow links);
 * the button POSTs the signed token, which is all it takes: no sign-in.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const token = param(query.token) ?? "";
  const [target, t, messages] = await Promise.all([token ? describeUnsubscribe(token) : null, getTranslations("notifications.unsubscribe"), getTranslations()]);
  if (!target) {
    return (
      <>
        <AuthHeading title={t("invalidTitle")} />
        <Alert tone="error">{t("invalidBody")}</Alert>
      </>
    );
  }
  // The notification type's own description (a message key of its module) inside our sentence.
  const type = target.channel === "digest" ? undefined : notificationTypes.find((candidate) => candidate.type === target.type);
  const what = target.channel === "digest" ? t("targetDigest") : t("targetType", { type: type && messages.has(type.description) ? messages(type.description) : target.type });
  if (param(query.done) === "1") {
    return (
      <>
        <AuthHeading title={t("doneTitle")} description={t("doneDescription", { target: what })} />
        <p className="text-center text-sm text-muted-foreground">
          {t("changedMind")}{" "}
          <Link className="underline" href="/dashboard/notifications/preferences">
            {t("preferences")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <AuthHeading title={t("confirmTitle")} description={t("confirmDescription", { target: what })} />
      <form method="post" action={`/notifications/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className={buttonClass("primary", "md", "w-full")}>
          {t("submit")}
        </button>
      </form>
    </>
  );
}
