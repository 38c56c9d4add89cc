import { route } from "@/lib/app";
import { ingestBody, ingestUsageEvents, parseIngestBody } from "@/lib/usage";
import { ingestResponse } from "@/lib/usage/responses";

/** Ingests one usage event or `{ events: [...] }` (at most 1000); answers `{ accepted, duplicates }`. */
export const POST = route(
  { auth: "apiKey", permission: { usage: ["write"] }, body: ingestBody, maxBodyBytes: 2 * 1024 * 1024, response: ingestResponse },
  ({ tenant, apiKey, body }) =>
    ingestUsageEvents(tenant, parseIngestBody(body, new Date()), { apiKeyId: apiKey?.keyId ?? null, environment: apiKey?.environment ?? "live" }),
);
