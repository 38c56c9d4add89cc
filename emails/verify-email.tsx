import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type VerifyEmailProps = { name: string; url: string };

export const verifyEmailSubject = () => "Verify your email address for Keel";

export default function VerifyEmail({ name, url }: VerifyEmailProps) {
  return (
    <EmailLayout preview="Confirm your email address to finish setting up Keel." heading="Verify your email">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>Confirm that this is your email address to finish setting up your Keel account.</Paragraph>
      <ActionButton href={url} label="Verify email" />
      <Paragraph>The link expires in 24 hours.</Paragraph>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = { name: "Ada", url: "http://localhost:3000/verify?token=example" } satisfies VerifyEmailProps;
