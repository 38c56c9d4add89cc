import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/components/ui/format";
import type { SubscriptionResponse as Subscription } from "@/lib/billing/responses";

/**
 * The last subscription checkout the provider could not complete (`subscription.failed`). It
 * changed nothing (a trial goes on), but the customer should know it did not go through, also
 * when they did not come back through the checkout's return URL.
 */
export function CheckoutFailureNotice({ subscription: sub, planName }: { subscription: Subscription; planName: string }) {
  const failure = sub.lastCheckoutFailure;
  if (!failure || sub.state === "active" || sub.state === "past_due") return null;
  const kept = sub.state === "trialing" ? "Your trial continues." : "Your plan has not changed.";
  return (
    <Alert tone="error" title="Your last checkout did not go through" className="mb-6">
      {`The ${planName} (${failure.interval}ly) checkout on ${formatDate(failure.at)} could not set up the payment method. Nothing was charged. ${kept} Try again with another card.`}
    </Alert>
  );
}
