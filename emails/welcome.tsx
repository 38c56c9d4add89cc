import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WelcomeProps = { name: string; dashboardUrl: string };

export const welcomeStrings: EmailStrings = { messages: coreMessages, namespace: "emails.welcome" };

export const welcomeSubject = (_props: WelcomeProps, { t }: EmailContext) => t("subject");

export default function Welcome({ name, dashboardUrl }: WelcomeProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading", { name })}>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={dashboardUrl} label={t("action")} />
    </EmailLayout>
  );
}
