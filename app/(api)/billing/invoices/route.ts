import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listInvoices } from "@/lib/billing";
import { invoiceResponse } from "@/lib/billing/responses";
import { pageOf } from "@/lib/http/response";

/** The tenant's invoices and one-time payments, newest first. */
export const GET = route({ auth: "session", permission: { billing: ["read"] }, query: pageQuery, response: pageOf(invoiceResponse) }, ({ tenant, query }) =>
  listInvoices(tenant, query),
);
