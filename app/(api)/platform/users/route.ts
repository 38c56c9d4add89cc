import { route } from "@/lib/app";
import { searchUsers } from "@/lib/admin/users";
import { searchQuery } from "@/lib/admin/inputs";
import { usersPageResponse } from "@/lib/admin/responses";

/** Users whose email or name contains `query`, newest first. Platform admins only. */
export const GET = route({ auth: "platformAdmin", query: searchQuery, response: usersPageResponse }, ({ query }) =>
  searchUsers({ query: query.query || undefined, cursor: query.cursor, limit: query.limit }),
);
