import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type ResetPasswordProps = { name: string; url: string };

export const resetPasswordSubject = () => "Reset your Keel password";

export default function ResetPassword({ name, url }: ResetPasswordProps) {
  return (
    <EmailLayout preview="A link to choose a new password for Keel." heading="Reset your password">
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>Someone asked to reset the password of your Keel account. Choose a new one here:</Paragraph>
      <ActionButton href={url} label="Choose a new password" />
      <Paragraph>The link expires in 1 hour. If you did not ask for it, your password stays as it is.</Paragraph>
    </EmailLayout>
  );
}

ResetPassword.PreviewProps = { name: "Ada", url: "http://localhost:3000/reset-password?token=example" } satisfies ResetPasswordProps;
