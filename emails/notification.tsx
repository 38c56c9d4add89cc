import { Link, Text } from "@react-email/components";
import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type NotificationEmailProps = {
  title: string;
  body: string;
  /** Where the notification leads, absolute. */
  url: string;
  /** The one-click unsubscribe page for this type's emails; absent for critical types. */
  unsubscribeUrl?: string;
};

export const notificationStrings: EmailStrings = {
  messages: moduleEmailMessages("notifications", (locale) => import(`@/lib/notifications/messages/${locale}.json`).then((m) => m.default)),
  namespace: "notifications.emails.notification",
};

/**
 * The title and text are the bell's, rendered once by the sending module when it called
 * `notify()` (lib/jobs/notify.ts), so they are in that module's words, not the recipient's
 * language; the frame around them is the recipient's.
 */
export const notificationSubject = ({ title }: NotificationEmailProps) => title;

/** One notification, by email: the same title and text as the bell shows. */
export default function NotificationEmail({ title, body, url, unsubscribeUrl }: NotificationEmailProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={body || title} heading={title}>
      {body ? <Paragraph>{body}</Paragraph> : null}
      <ActionButton frame={frame} href={url} label={t("action")} />
      {unsubscribeUrl ? (
        <Text style={{ color: "#52525b", fontSize: 12, lineHeight: "18px", margin: "16px 0 0" }}>
          {t("unsubscribePrompt")}{" "}
          <Link href={unsubscribeUrl} style={{ color: "#18181b" }}>
            {t("unsubscribe")}
          </Link>
          .
        </Text>
      ) : null}
    </EmailLayout>
  );
}
