import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listMembers } from "@/lib/tenants";

export const GET = route({ auth: "session", permission: { member: ["read"] }, query: pageQuery }, ({ tenant, query }) =>
  listMembers(tenant, query),
);
