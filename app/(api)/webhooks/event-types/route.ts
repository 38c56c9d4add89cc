import { z } from "zod";
import { eventCatalog, route } from "@/lib/app";
import { eventTypesResponse } from "@/lib/webhooks/responses";

// Built once: the catalog is fixed at start.
const data = eventCatalog.map(({ type, description, schema, example }) => ({ type, description, schema: z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }), example }));

/** Every event type an endpoint can receive, with its payload's JSON Schema and an example. Public. */
export const GET = route({ auth: "public", response: eventTypesResponse }, () => ({ data }));
