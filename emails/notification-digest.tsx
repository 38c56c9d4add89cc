import { Link, Section, Text } from "@react-email/components";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type NotificationDigestProps = {
  /** The newest unread notifications (at most 20). */
  items: { title: string; body: string }[];
  /** All unread notifications, including those not listed. */
  total: number;
  url: string;
  unsubscribeUrl: string;
};

export const notificationDigestSubject = ({ total }: NotificationDigestProps) => `You have ${total} unread notification${total === 1 ? "" : "s"} in Keel`;

/** The daily digest: unread in-app notifications, for users who asked for it. */
export default function NotificationDigest({ items, total, url, unsubscribeUrl }: NotificationDigestProps) {
  const more = total - items.length;
  return (
    <EmailLayout preview={`${total} unread in Keel.`} heading="Your daily digest">
      <Paragraph>Here is what you have not read yet.</Paragraph>
      <Section>
        {items.map((item, i) => (
          <Text key={i} style={{ color: "#18181b", fontSize: 15, lineHeight: "22px", margin: "0 0 12px" }}>
            <strong>{item.title}</strong>
            {item.body ? ` — ${item.body}` : ""}
          </Text>
        ))}
        {more > 0 ? <Text style={{ color: "#52525b", fontSize: 14, margin: "0 0 12px" }}>…and {more} more.</Text> : null}
      </Section>
      <ActionButton href={url} label="Open notifications" />
      <Text style={{ color: "#52525b", fontSize: 12, lineHeight: "18px", margin: "16px 0 0" }}>
        <Link href={unsubscribeUrl} style={{ color: "#18181b" }}>Stop the daily digest</Link>.
      </Text>
    </EmailLayout>
  );
}

NotificationDigest.PreviewProps = {
  items: [{ title: "Your role in Acme changed", body: "You are now an admin of Acme." }],
  total: 3,
  url: "http://localhost:3000/dashboard/notifications",
  unsubscribeUrl: "http://localhost:3000/notifications/unsubscribe?token=preview",
} satisfies NotificationDigestProps;
