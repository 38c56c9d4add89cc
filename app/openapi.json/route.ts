import document from "@/lib/app/openapi.json";

// Generated from the route files (lib/app/cli/write-openapi.ts) and committed; a test fails when
// it no longer matches them. Rendered once at build time: it changes only with the code.
export const dynamic = "force-static";

/**
 * `GET /openapi.json`: the REST API as an OpenAPI 3.1 document, for client generators and API
 * tools. Public (it says nothing the route files do not), and readable from other origins, so a
 * hosted API explorer can load it.
 */
export function GET(): Response {
  return Response.json(document, { headers: { "access-control-allow-origin": "*" } });
}
