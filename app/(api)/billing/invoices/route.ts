import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listInvoices } from "@/lib/billing";

export const GET = route({ auth: "session", permission: { billing: ["read"] }, query: pageQuery }, ({ tenant, query }) =>
  listInvoices(tenant, query),
);
