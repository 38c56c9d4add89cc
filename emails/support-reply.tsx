import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type SupportReplyProps = { name: string; subject: string; reply: string; url: string };

export const supportReplySubject = ({ subject }: SupportReplyProps) => `Re: ${subject} (Keel support)`;

export default function SupportReply({ name, subject, reply, url }: SupportReplyProps) {
  return (
    <EmailLayout preview={reply.slice(0, 120)} heading="Support replied to your report">
      <Paragraph>Hi {name}, we answered your report “{subject}”:</Paragraph>
      {reply.split(/\n{2,}/).map((paragraph, i) => (
        <Paragraph key={i}>{paragraph}</Paragraph>
      ))}
      <Paragraph>Reply from your dashboard; the whole thread is there.</Paragraph>
      <ActionButton href={url} label="Open the ticket" />
    </EmailLayout>
  );
}

SupportReply.PreviewProps = {
  name: "Ada",
  subject: "The export button does nothing",
  reply: "Thanks for the report and the screenshot. We found the cause and a fix is rolling out today.",
  url: "http://localhost:3000/dashboard/support/tkt_01jd3k0000000000000000",
} satisfies SupportReplyProps;
