export { createRoute, clientIp, type RouteHandler, type RouteOptions, type RouteDeps, type HandlerArgs, type AuthMode } from "./route";
export { errorBody, errorResponse, statusOf, statusOfKind } from "./errors";
export { page, pageQuery, type PageParams } from "./pagination";

/** A 201 answer with a JSON body. */
export function created(data: unknown): Response {
  return Response.json(data, { status: 201 });
}

/** A 204 answer. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
