import { z } from "zod";
import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { pageOf } from "@/lib/http/response";
import { listDeliveries } from "@/lib/webhooks";
import { deliveryResponse } from "@/lib/webhooks/responses";

const deliveriesQuery = pageQuery.extend({ status: z.enum(["pending", "sending", "succeeded", "failed"]).optional() });

/** The endpoint's deliveries, newest first, with status and attempts. */
export const GET = route({ auth: ["session", "apiKey"], permission: { webhook: ["read"] }, query: deliveriesQuery, response: pageOf(deliveryResponse) }, ({ tenant, params, query }) =>
  listDeliveries(tenant, params.endpointId ?? "", query),
);
