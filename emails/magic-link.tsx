import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type MagicLinkProps = { url: string };

export const magicLinkSubject = () => "Your Keel sign-in link";

export default function MagicLink({ url }: MagicLinkProps) {
  return (
    <EmailLayout preview="Your link to sign in to Keel." heading="Sign in to Keel">
      <Paragraph>Use this link to sign in. It works once and expires in 10 minutes.</Paragraph>
      <ActionButton href={url} label="Sign in" />
    </EmailLayout>
  );
}

MagicLink.PreviewProps = { url: "http://localhost:3000/api/auth/magic-link/verify?token=example" } satisfies MagicLinkProps;
