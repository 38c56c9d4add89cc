import { Link, Text } from "@react-email/components";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type NotificationEmailProps = {
  title: string;
  body: string;
  /** Where the notification leads, absolute. */
  url: string;
  /** The one-click unsubscribe page for this type's emails; absent for critical types. */
  unsubscribeUrl?: string;
};

export const notificationSubject = ({ title }: NotificationEmailProps) => title;

/** One notification, by email: the same title and text as the bell shows. */
export default function NotificationEmail({ title, body, url, unsubscribeUrl }: NotificationEmailProps) {
  return (
    <EmailLayout preview={body || title} heading={title}>
      {body ? <Paragraph>{body}</Paragraph> : null}
      <ActionButton href={url} label="Open in Keel" />
      {unsubscribeUrl ? (
        <Text style={{ color: "#52525b", fontSize: 12, lineHeight: "18px", margin: "16px 0 0" }}>
          Don&apos;t want these emails? <Link href={unsubscribeUrl} style={{ color: "#18181b" }}>Unsubscribe from this kind of notification</Link>.
        </Text>
      ) : null}
    </EmailLayout>
  );
}

NotificationEmail.PreviewProps = {
  title: "Your role in Acme changed",
  body: "You are now an admin of Acme.",
  url: "http://localhost:3000/dashboard",
  unsubscribeUrl: "http://localhost:3000/notifications/unsubscribe?token=preview",
} satisfies NotificationEmailProps;
