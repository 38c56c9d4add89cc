export { route, type RouteHandler, type RouteOptions, type HandlerArgs } from "./route";
export { HttpError, errors, errorStatus, type ErrorCode } from "./errors";
export { page, pageQuery, type PageParams } from "./pagination";

/** A 201 answer with a JSON body. */
export function created(data: unknown): Response {
  return Response.json(data, { status: 201 });
}

/** A 204 answer. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
