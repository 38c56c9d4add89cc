import { z } from "zod";
import { creditsPort, route } from "@/lib/app";
import { errors } from "@/lib/errors";
import { echoCreditCost, meterApiCall, quotaHeaders, withRequestLog } from "@/lib/usage";

/**
 * The sample metered endpoint: answers the JSON body it was sent. Each call counts against the
 * `api_requests` quota and costs a live key ECHO_CREDIT_COST credits; test keys are free.
 */
export const POST = route({ auth: "apiKey", tenant: true, body: z.unknown(), response: z.unknown().describe("The JSON body it was sent.") }, ({ tenant, apiKey, body, requestId, req }) => {
  // route() has already refused a call without a key; this narrows the type.
  if (!apiKey) throw errors.unauthorized();
  return withRequestLog({ requestId, tenantId: tenant.tenantId, apiKeyId: apiKey.keyId, method: req.method, endpoint: "/v1/echo" }, async () => {
    const status = await meterApiCall(tenant, { apiKey, endpoint: "POST /v1/echo", creditCost: echoCreditCost(), credits: creditsPort });
    return Response.json(body ?? {}, { headers: quotaHeaders(status) });
  });
});
