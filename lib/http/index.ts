export { createRoute, type RouteHandler, type RouteOptions, type RouteDeps, type HandlerArgs, type AuthMode } from "./route";
export { errorBody, errorResponse, statusOf, statusOfKind } from "./errors";
export { page, pageQuery, type PageParams } from "./pagination";
export { clientIp, clientIpFrom } from "./client-ip";
