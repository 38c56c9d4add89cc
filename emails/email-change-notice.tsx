import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type EmailChangeNoticeProps = { name: string; newEmail: string; url: string };

export const emailChangeNoticeSubject = () => "A change of your Keel email address was requested";

export default function EmailChangeNotice({ name, newEmail, url }: EmailChangeNoticeProps) {
  return (
    <EmailLayout preview="Someone asked to move your Keel account to another email address." heading="Email change requested">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>
        Someone signed in to your Keel account asked to change its email address to <strong>{newEmail}</strong>. The change happens only
        once the link we sent to that address is opened.
      </Paragraph>
      <Paragraph>If this was not you, change your password now and sign out your other sessions in your settings.</Paragraph>
      <ActionButton href={url} label="Review your account" />
    </EmailLayout>
  );
}

EmailChangeNotice.PreviewProps = { name: "Ada", newEmail: "ada@new.example", url: "http://localhost:3000/dashboard/settings" } satisfies EmailChangeNoticeProps;
