import type { Executor } from "@/db/client";
import { authenticateApiKey } from "@/lib/api-keys";
import { redeliverSimulatorWebhookJob } from "@/lib/billing/simulator/deliver";
import { dunningJob, trialsJob } from "@/lib/billing/time";
import { startTrial } from "@/lib/billing/trial";
import { expireCreditsJob } from "@/lib/credits/expire-job";
import { sendEmailJob } from "@/lib/email/send-job";
import type { ApiKeyAuthenticator } from "@/lib/http/api-key";
import type { AnyJobDefinition, JobDefinition } from "@/lib/jobs";
import { aggregateUsageJob, closeUsagePeriodJob, quotaAlertEmailJob } from "@/lib/usage/jobs";

/**
 * The modules this app runs, and what each plugs into the shared machinery. Removing an optional
 * module means deleting its folders (see content/docs/removal.mdx) and its entry here.
 */
export type KeelModule = {
  id: string;
  /** Core modules cannot be removed. */
  core: boolean;
  /** Jobs this module defines; the runner and trigger/ run only registered jobs. */
  jobs?: AnyJobDefinition[];
  /** Event subscriptions: event type → job enqueued with `{ eventId }` by `emit`. */
  subscriptions?: Record<string, JobDefinition<{ eventId: string }>[]>;
  /** The api-keys module's hook into route() for `auth: "apiKey"`. */
  authenticateApiKey?: ApiKeyAuthenticator;
  /** Runs in the transaction that creates a tenant. */
  onTenantCreated?: (tx: Executor, tenant: { id: string; ownerId: string }) => Promise<void>;
};

export const modules: KeelModule[] = [
  { id: "auth", core: true },
  { id: "tenants", core: true },
  { id: "audit", core: true },
  { id: "email", core: true, jobs: [sendEmailJob] },
  { id: "billing", core: false, jobs: [dunningJob, trialsJob, redeliverSimulatorWebhookJob], onTenantCreated: (tx, tenant) => startTrial(tx, tenant.id, new Date(), tenant.ownerId) },
  { id: "credits", core: false, jobs: [expireCreditsJob] },
  { id: "api-keys", core: false, authenticateApiKey },
  { id: "usage", core: false, jobs: [aggregateUsageJob, closeUsagePeriodJob, quotaAlertEmailJob], subscriptions: { "usage.quota_alert": [quotaAlertEmailJob] } },
  { id: "projects", core: false },
];
