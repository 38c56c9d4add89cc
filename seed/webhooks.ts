import { db, type Executor } from "@/db/client";
import { webhookDeliveries, webhookEndpoints, webhookMessages } from "@/db/schema/webhooks";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { webhookIds } from "@/lib/webhooks/catalog";
import { newSigningSecret } from "@/lib/webhooks/signing";
import type { SeedTenant } from "./factories";

/**
 * An endpoint written straight to the table, without the URL check (which resolves the host):
 * for fixtures and demo data, where nothing is sent until someone enables the runner's delivery.
 */
export async function createWebhookEndpoint(
  input: { tenant: Pick<SeedTenant, "id">; url?: string; events?: string[]; enabled?: boolean },
  executor: Executor = db,
): Promise<{ id: string; secret: string }> {
  const id = webhookIds.newId("webhookEndpoint");
  const secret = newSigningSecret();
  await executor.insert(webhookEndpoints).values({
    id,
    tenantId: input.tenant.id,
    url: input.url ?? unreachableUrl,
    eventTypes: input.events ?? [],
    enabled: input.enabled ?? true,
    disabledReason: input.enabled === false ? "manual" : null,
    secret,
  });
  return { id, secret };
}

/** A message and a failed delivery of it to `endpoint`, as if every attempt had failed. */
export async function createFailedDelivery(input: { tenant: Pick<SeedTenant, "id">; endpoint: { id: string } }, executor: Executor = db): Promise<{ id: string; messageId: string }> {
  const messageId = webhookIds.newId("webhookMessage");
  const id = webhookIds.newId("webhookDelivery");
  const payload = { type: "project.created", timestamp: new Date().toISOString(), data: { tenantId: input.tenant.id, id: "proj_fixture", name: "Fixture" } };
  await executor.insert(webhookMessages).values({ id: messageId, tenantId: input.tenant.id, eventType: "project.created", payload });
  await executor.insert(webhookDeliveries).values({ id, tenantId: input.tenant.id, endpointId: input.endpoint.id, messageId, eventType: "project.created", status: "failed", attempt: 8, responseStatus: 500, lastError: "The receiver answered 500." });
  return { id, messageId };
}

/** An https URL whose host never resolves (the .invalid TLD is reserved for that). */
export const unreachableUrl = "https://hooks.keel.invalid/keel";

const managers = ["owner", "admin"];
const readers = ["owner", "admin", "member"];

/** The webhooks module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async routeParams(tenant) {
    // Subscribed to the test type only (never emitted through the outbox), at a name that never
    // resolves: the many events the shared suites cause queue no deliveries, and a test send fails
    // at once instead of waiting on the network.
    const endpoint = await createWebhookEndpoint({ tenant, url: unreachableUrl, events: ["webhook.test"] });
    const delivery = await createFailedDelivery({ tenant, endpoint });
    return { endpointId: endpoint.id, deliveryId: delivery.id };
  },
  roleMatrix: {
    "GET /tenants/[tenantId]/webhooks": readers,
    "POST /tenants/[tenantId]/webhooks": managers,
    "GET /tenants/[tenantId]/webhooks/[endpointId]": readers,
    "PATCH /tenants/[tenantId]/webhooks/[endpointId]": managers,
    "DELETE /tenants/[tenantId]/webhooks/[endpointId]": managers,
    "GET /tenants/[tenantId]/webhooks/[endpointId]/secret": managers,
    "POST /tenants/[tenantId]/webhooks/[endpointId]/secret/rotate": managers,
    "POST /tenants/[tenantId]/webhooks/[endpointId]/test": managers,
    "GET /tenants/[tenantId]/webhooks/[endpointId]/deliveries": readers,
    "GET /tenants/[tenantId]/webhooks/[endpointId]/deliveries/[deliveryId]": readers,
    "POST /tenants/[tenantId]/webhooks/[endpointId]/deliveries/[deliveryId]/replay": managers,
    "POST /tenants/[tenantId]/webhooks/[endpointId]/recover": managers,
  },
  unscopedRoutes: { "/webhooks/event-types": "the public catalog of event types: no tenant data" },
  // A name under .invalid (RFC 2606) never resolves: creating accepts it (no address to refuse),
  // and a delivery fails at once. A public address would be tried for real: a sandbox that
  // accepts the TCP connection and never answers holds each attempt for the full 15 s.
  validBody: { url: unreachableUrl, since: "2026-01-01T00:00:00.000Z" },
};
