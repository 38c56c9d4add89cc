import { defineEvent } from "@/lib/jobs";
import { quotaAlertData, quotaAlertEvents } from "./alerts";
import { overageRecordedData, overageRecordedEvent } from "./overage";

const tenantId = "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R";
const quota = { tenantId, meter: "api_requests", limit: 50_000, mode: "overage" as const, resetsAt: "2026-02-01T00:00:00.000Z" };

/** What the usage module publishes (outgoing webhooks send these). */
export const usageEvents = {
  [quotaAlertEvents.warning]: defineEvent({
    description: "Usage of a meter crossed a warning threshold of its monthly quota (80% by default), once per period.",
    schema: quotaAlertData,
    example: { ...quota, threshold: 80, used: 40_000 },
  }),
  [quotaAlertEvents.reached]: defineEvent({
    description: "Usage of a meter reached its monthly quota, once per period.",
    schema: quotaAlertData,
    example: { ...quota, threshold: 100, used: 50_000 },
  }),
  [overageRecordedEvent]: defineEvent({
    description: "A closed period's usage past the quota was priced as an overage fee.",
    schema: overageRecordedData,
    example: { tenantId, meter: "api_requests", quantity: 12_000, amount: 600, currency: "usd", periodStart: "2026-01-01T00:00:00.000Z", periodEnd: "2026-02-01T00:00:00.000Z", reportEventId: "overage:org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R:api_requests:2026-01-01T00:00:00.000Z" },
  }),
};
