import { defineNotification } from "@/lib/jobs/notify";

/**
 * To the owner and admins when an endpoint is turned off. In-app only by default: the module
 * emails them itself (lib/webhooks/disable.ts), which must happen with or without the
 * notifications module installed.
 */
export const webhookDisabledNotification = defineNotification<{ url: string; reason: "gone" | "failing" }>({
  type: "webhooks.endpoint_disabled",
  description: "A webhook endpoint was turned off (it answered 410, or failed for 5 days)",
  render: ({ url, reason }) => ({
    title: "Webhook endpoint disabled",
    body: `${url} ${reason === "gone" ? "answered 410 Gone" : "failed every delivery for 5 days"}. Nothing more is sent to it until you turn it back on.`,
    link: "/dashboard/webhooks",
  }),
});
