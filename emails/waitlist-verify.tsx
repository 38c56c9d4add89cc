import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WaitlistVerifyProps = { url: string };

export const waitlistVerifyStrings: EmailStrings = {
  messages: moduleEmailMessages("waitlist", (locale) => import(`@/lib/waitlist/messages/${locale}.json`).then((m) => m.default)),
  namespace: "waitlist.emails.verify",
};

export const waitlistVerifySubject = (_props: WaitlistVerifyProps, { t }: EmailContext) => t("subject");

export default function WaitlistVerify({ url }: WaitlistVerifyProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
