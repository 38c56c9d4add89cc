import { EmailLayout, Paragraph } from "./layout";

export type EmailChangeNoticeProps = { name: string; newEmail: string };

export const emailChangeNoticeSubject = () => "A change of your Keel email address was requested";

export default function EmailChangeNotice({ name, newEmail }: EmailChangeNoticeProps) {
  return (
    <EmailLayout preview="Someone asked to move your Keel account to another email address." heading="Email change requested">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>
        Someone signed in to your Keel account asked to change its email address to <strong>{newEmail}</strong>. The change happens only
        once the link we sent to that address is opened.
      </Paragraph>
      <Paragraph>If this was not you, change your password now and sign out your other sessions in your settings.</Paragraph>
    </EmailLayout>
  );
}

EmailChangeNotice.PreviewProps = { name: "Ada", newEmail: "ada@new.example" } satisfies EmailChangeNoticeProps;
