import { defineNotification } from "@/lib/jobs/notify";

/** To the owner and admins, once per crossing of the low-balance threshold (the credits-low email goes out too). */
export const creditsLowNotification = defineNotification<{ balance: number; threshold: number }>({
  type: "credits.low_balance",
  description: "Your team's credit balance runs low",
  render: ({ balance, threshold }) => ({
    title: "Credits running low",
    body: `${balance} credits left (below ${threshold}). Calls that cost credits are refused once they run out.`,
    link: "/dashboard/credits",
  }),
});
