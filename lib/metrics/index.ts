export { renderMetrics } from "./scrape";
export { metricsTextResponse } from "./responses";
export { recordBillingEvent, recordHttpRequest, recordJob, recordRateLimit, recordWebhookDelivery, routePattern } from "./record";
