import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type AccountLockedProps = { name: string; minutes: number; url: string };

export const accountLockedSubject = () => "Sign-in to your Keel account is paused";

export default function AccountLocked({ name, minutes, url }: AccountLockedProps) {
  return (
    <EmailLayout preview="Too many wrong passwords: password sign-in is paused for a while." heading="Password sign-in is paused">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>
        Someone typed a wrong password for your Keel account too many times, so password sign-in is paused for about {minutes} minutes. Your
        account and data are unchanged.
      </Paragraph>
      <Paragraph>If this was not you, choose a new password once the pause ends, and turn on two-factor authentication in your settings.</Paragraph>
      <ActionButton href={url} label="Choose a new password" />
    </EmailLayout>
  );
}

AccountLocked.PreviewProps = { name: "Ada", minutes: 15, url: "http://localhost:3000/forgot-password" } satisfies AccountLockedProps;
