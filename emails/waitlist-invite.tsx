import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WaitlistInviteProps = { url: string };

export const waitlistInviteStrings: EmailStrings = {
  messages: moduleEmailMessages("waitlist", (locale) => import(`@/lib/waitlist/messages/${locale}.json`).then((m) => m.default)),
  namespace: "waitlist.emails.invite",
};

export const waitlistInviteSubject = (_props: WaitlistInviteProps, { t }: EmailContext) => t("subject");

export default function WaitlistInvite({ url }: WaitlistInviteProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
