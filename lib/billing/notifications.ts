import { defineNotification } from "@/lib/jobs/notify";

// The billing module's notifications (its manifest's `notifications`), to the owner and admins.
// Billing sends its own dunning and trial emails whatever these say, so their email channel is off.

export const paymentFailedNotification = defineNotification<{ stage: "day0" | "day3" | "final"; graceUntil: string }>({
  type: "billing.payment_failed",
  description: "A payment for your team's subscription fails",
  critical: true,
  render: ({ stage, graceUntil }) => ({
    title: stage === "final" ? "Last reminder: update your payment method" : "A payment failed",
    body: `Update your payment method before ${graceUntil} to keep paid features.`,
    link: "/dashboard/billing",
  }),
});

export const trialEndingNotification = defineNotification<{ planName: string; trialEndsAt: string }>({
  type: "billing.trial_ending",
  description: "Your team's trial is about to end",
  render: ({ planName, trialEndsAt }) => ({
    title: "Your trial ends soon",
    body: `The ${planName} trial ends on ${trialEndsAt}. Choose a plan to keep its features.`,
    link: "/dashboard/billing",
  }),
});

export const billingNotifications = [paymentFailedNotification, trialEndingNotification];
