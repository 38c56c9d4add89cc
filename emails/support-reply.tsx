import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type SupportReplyProps = { name: string; subject: string; reply: string; url: string };

export const supportReplyStrings: EmailStrings = {
  messages: moduleEmailMessages("support", (locale) => import(`@/lib/support/messages/${locale}.json`).then((m) => m.default)),
  namespace: "support.emails.support-reply",
};

export const supportReplySubject = ({ subject }: SupportReplyProps, { t }: EmailContext) => t("subject", { subject });

/** The team's reply goes out as written, in whatever language they wrote it; the frame around it is the reader's. */
export default function SupportReply({ name, subject, reply, url }: SupportReplyProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={reply.slice(0, 120)} heading={t("heading")}>
      <Paragraph>{t("intro", { name, subject })}</Paragraph>
      {reply.split(/\n{2,}/).map((paragraph, i) => (
        <Paragraph key={i}>{paragraph}</Paragraph>
      ))}
      <Paragraph>{t("replyHint")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
