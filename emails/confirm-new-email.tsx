import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type ConfirmNewEmailProps = { name: string; url: string };

export const confirmNewEmailSubject = () => "Confirm your new email address for Keel";

export default function ConfirmNewEmail({ name, url }: ConfirmNewEmailProps) {
  return (
    <EmailLayout preview="Confirm this address to make it your Keel sign-in." heading="Confirm your new email">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>You asked to use this address for your Keel account. Confirm it to make the change:</Paragraph>
      <ActionButton href={url} label="Confirm new email" />
      <Paragraph>The link expires in 24 hours. Until then your account keeps its current address.</Paragraph>
    </EmailLayout>
  );
}

ConfirmNewEmail.PreviewProps = { name: "Ada", url: "http://localhost:3000/api/auth/verify-email?token=example" } satisfies ConfirmNewEmailProps;
