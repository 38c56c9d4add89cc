import { route } from "@/lib/app";
import { pageOf } from "@/lib/http/response";
import { memberResponse } from "@/lib/tenants/responses";
import { pageQuery } from "@/lib/http";
import { listMembers } from "@/lib/tenants";

/** The tenant's members and their roles. */
export const GET = route({ auth: "session", permission: { member: ["read"] }, query: pageQuery, response: pageOf(memberResponse) }, ({ tenant, query }) =>
  listMembers(tenant, query),
);
