import { route } from "@/lib/app";
import { searchTenants } from "@/lib/admin/tenants";
import { searchQuery } from "@/lib/admin/inputs";
import { tenantsPageResponse } from "@/lib/admin/responses";

/** Tenants whose name, slug or id contains `query`, newest first, with members, plan and MRR. */
export const GET = route({ auth: "platformAdmin", query: searchQuery, response: tenantsPageResponse }, ({ query }) =>
  searchTenants({ query: query.query || undefined, cursor: query.cursor, limit: query.limit }),
);
