import { moduleMessages } from "@/lib/i18n/messages";
import { defineNotification } from "@/lib/jobs/notify";

// The billing module's notifications (its manifest's `notifications`), to the owner and admins.
// Billing sends its own dunning and trial emails whatever these say, so their email channel is off.

const messages = moduleMessages("billing", (locale) => import(`./messages/${locale}.json`).then((m) => m.default));
/** "December 5": the day is what matters; UTC, as billing's dates are. */
const day = { month: "long", day: "numeric" } as const;

export const paymentFailedNotification = defineNotification<{ stage: "day0" | "day3" | "final"; graceUntil: Date }>({
  type: "billing.payment_failed",
  description: "billing.notifications.payment_failed.description",
  critical: true,
  messages,
  render: ({ stage, graceUntil }, { t, format }) => ({
    title: stage === "final" ? t("billing.notifications.payment_failed.titleFinal") : t("billing.notifications.payment_failed.title"),
    body: t("billing.notifications.payment_failed.body", { graceUntil: format.dateTime(graceUntil, day) }),
    link: "/dashboard/billing",
  }),
});

export const trialEndingNotification = defineNotification<{ planName: string; trialEndsAt: Date }>({
  type: "billing.trial_ending",
  description: "billing.notifications.trial_ending.description",
  messages,
  render: ({ planName, trialEndsAt }, { t, format }) => ({
    title: t("billing.notifications.trial_ending.title"),
    body: t("billing.notifications.trial_ending.body", { planName, trialEndsAt: format.dateTime(trialEndsAt, day) }),
    link: "/dashboard/billing",
  }),
});

export const billingNotifications = [paymentFailedNotification, trialEndingNotification];
