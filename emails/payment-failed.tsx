import { ActionButton, EmailLayout, Paragraph } from "./layout";

/** day0: the failure itself; day3: a reminder; final: the day before paid features stop. */
export type PaymentFailedProps = { tenantName: string; stage: "day0" | "day3" | "final"; graceUntil: string; url: string };

const headings: Record<PaymentFailedProps["stage"], string> = {
  day0: "Your payment failed",
  day3: "Reminder: your payment is still failing",
  final: "Last day to update your card",
};

export const paymentFailedSubject = ({ tenantName, stage }: PaymentFailedProps) => `${headings[stage]} — ${tenantName}`;

export default function PaymentFailed({ tenantName, stage, graceUntil, url }: PaymentFailedProps) {
  return (
    <EmailLayout preview={`Update your card for ${tenantName} before ${graceUntil}.`} heading={headings[stage]}>
      <Paragraph>
        We could not charge the card on file for {tenantName}. Everything keeps working until {graceUntil}; after that, paid
        features pause until a payment goes through. Your data is kept either way.
      </Paragraph>
      <ActionButton href={url} label="Update your card" />
    </EmailLayout>
  );
}

PaymentFailed.PreviewProps = { tenantName: "Acme", stage: "day0", graceUntil: "March 8", url: "http://localhost:3000/dashboard/billing" } satisfies PaymentFailedProps;
