// The face of lib/usage: metering (ingest, roll-ups, exact totals), quotas with alerts, overage
// billing at period close, and the API request log.
export { ingestUsageEvents, insertUsageEvents, type UsageEnvironment, type UsageSource } from "./ingest";
export { rollUpUsage, rollUpAllUsage, rollupLagMs } from "./aggregate";
export { dailyTotals, periodTotals, getUsageSummary, getDailyUsage, type MeterUsage } from "./totals";
export { quotaFor, readQuota, consumeQuota, enforceQuota, quotaHeaders, planThatFits, type Quota, type QuotaStatus } from "./quota";
export { alertOnThresholds, quotaAlertEvents, quotaAlertEventTypes } from "./alerts";
export { closeUsagePeriods, overageFee, overageEventId, upcomingOverage, overageRecordedEvent, overageRecordedData } from "./overage";
export { listApiRequests, topApiKeys } from "./requests";
export { logApiRequest, flushRequestLog, closeRequestLog, reopenRequestLog, requestLogPolicy, waitingRequestLogRows } from "./request-log";
export { meterApiCall, withRequestLog, echoCreditCost } from "./echo";
export { usagePeriodOf, type UsagePeriod } from "./period";
export { apiRequestsMeter, limitedMeters, quotaModes, alertThresholds, meterNamePattern, type QuotaMode, type LimitedMeter } from "./meters";
export { parseIngestBody, ingestBody, dailyQuery, requestsQuery, usageEventInput, type ParsedEvent } from "./schemas";
export { aggregateUsageJob, closeUsagePeriodJob, quotaAlertEmailJob } from "./jobs";
