import { Link, Section, Text } from "@react-email/components";
import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type NotificationDigestProps = {
  /** The newest unread notifications (at most 20), in the words they were sent in (see notification.tsx). */
  items: { title: string; body: string }[];
  /** All unread notifications, including those not listed. */
  total: number;
  url: string;
  unsubscribeUrl: string;
};

export const notificationDigestStrings: EmailStrings = {
  messages: moduleEmailMessages("notifications", (locale) => import(`@/lib/notifications/messages/${locale}.json`).then((m) => m.default)),
  namespace: "notifications.emails.notification-digest",
};

export const notificationDigestSubject = ({ total }: NotificationDigestProps, { t }: EmailContext) => t("subject", { total });

/** The daily digest: unread in-app notifications, for users who asked for it. */
export default function NotificationDigest({ items, total, url, unsubscribeUrl }: NotificationDigestProps, { t, frame }: EmailContext) {
  const more = total - items.length;
  return (
    <EmailLayout frame={frame} preview={t("preview", { total })} heading={t("heading")}>
      <Paragraph>{t("intro")}</Paragraph>
      <Section>
        {items.map((item, i) => (
          <Text key={i} style={{ color: "#18181b", fontSize: 15, lineHeight: "22px", margin: "0 0 12px" }}>
            <strong>{item.title}</strong>
            {item.body ? ` — ${item.body}` : ""}
          </Text>
        ))}
        {more > 0 ? <Text style={{ color: "#52525b", fontSize: 14, margin: "0 0 12px" }}>{t("more", { more })}</Text> : null}
      </Section>
      <ActionButton frame={frame} href={url} label={t("action")} />
      <Text style={{ color: "#52525b", fontSize: 12, lineHeight: "18px", margin: "16px 0 0" }}>
        <Link href={unsubscribeUrl} style={{ color: "#18181b" }}>
          {t("stop")}
        </Link>
        .
      </Text>
    </EmailLayout>
  );
}
