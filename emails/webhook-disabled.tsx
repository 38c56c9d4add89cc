import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WebhookDisabledProps = { tenantName: string; endpointUrl: string; reason: "gone" | "failing"; url: string };

export const webhookDisabledSubject = ({ tenantName }: WebhookDisabledProps) => `A webhook endpoint of ${tenantName} was disabled`;

export default function WebhookDisabled({ tenantName, endpointUrl, reason, url }: WebhookDisabledProps) {
  const why =
    reason === "gone"
      ? "It answered 410 Gone, which tells senders to stop."
      : "Every delivery to it has failed for 5 days.";
  return (
    <EmailLayout preview={`${endpointUrl} no longer receives events.`} heading="Webhook endpoint disabled">
      <Paragraph>
        We stopped sending events of {tenantName} to {endpointUrl}. {why}
      </Paragraph>
      <Paragraph>Fix the receiver, turn the endpoint back on, and recover the messages it missed from the delivery log.</Paragraph>
      <ActionButton href={url} label="Open webhooks" />
    </EmailLayout>
  );
}

WebhookDisabled.PreviewProps = { tenantName: "Acme", endpointUrl: "https://hooks.acme.example/keel", reason: "failing", url: "http://localhost:3000/dashboard/webhooks" } satisfies WebhookDisabledProps;
