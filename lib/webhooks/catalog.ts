import { definePermissions } from "@/lib/auth/roles";
import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the webhooks module names: its ids, errors, audit actions and permissions (see module.ts). */
export const webhookIds = defineIdPrefixes({ webhookEndpoint: "whep", webhookMessage: "whmsg", webhookDelivery: "whdl", webhookAttempt: "what" });

export const webhookError = defineErrors({
  /** The URL is not https, or resolves to a private, loopback, link-local or metadata address. */
  url_not_allowed: "unprocessable",
  /** An event type the catalog does not publish. */
  unknown_event_type: "unprocessable",
  /** Replay or test send to a disabled endpoint: enable it first. */
  webhook_endpoint_disabled: "conflict",
});

export const webhookAuditActions = [
  "webhook.endpoint_created",
  "webhook.endpoint_updated",
  "webhook.endpoint_deleted",
  "webhook.endpoint_disabled",
  "webhook.secret_revealed",
  "webhook.secret_rotated",
  "webhook.message_replayed",
  "webhook.messages_recovered",
] as const;

export type WebhookAuditAction = (typeof webhookAuditActions)[number];

export const webhookPermissions = definePermissions({
  webhook: {
    // `reveal` shows the signing secret: owners and admins only, and audited.
    actions: ["read", "create", "update", "delete", "reveal"],
    grants: { owner: ["read", "create", "update", "delete", "reveal"], admin: ["read", "create", "update", "delete", "reveal"], member: ["read"] },
    scope: "webhooks",
  },
});
