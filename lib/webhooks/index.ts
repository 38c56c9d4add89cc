/**
 * The webhooks module: tenants' endpoints, and delivery of every published event to them, signed
 * by the Standard Webhooks spec, retried on Svix's schedule, behind an SSRF guard.
 */
export { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, revealSecret, rotateSecret, updateEndpoint, type KnownEventTypes } from "./endpoints";
export { getDelivery, listDeliveries, recoverFailed, replayDelivery, sendTestEvent, testEventType } from "./deliveries";
export { createEndpointInput, recoverInput, updateEndpointInput } from "./schemas";
export { deliverWebhookJob, fanOutWebhookJob } from "./jobs";
export { attemptDelivery } from "./deliver";
export { fanOutEvent, type WebhookPayload } from "./messages";
export { signMessage, signingSecrets, newSigningSecret } from "./signing";
export { isPrivateAddress, assertWebhookUrlAllowed } from "./url-guard";
export { urlPolicy, retrySchedule, defaultRetrySchedule } from "./settings";
