export { createRoute, clientIp, type RouteHandler, type RouteOptions, type RouteDeps, type HandlerArgs, type AuthMode } from "./route";
export { errorBody, errorResponse, statusOf, statusOfKind } from "./errors";
export { page, pageQuery, type PageParams } from "./pagination";

