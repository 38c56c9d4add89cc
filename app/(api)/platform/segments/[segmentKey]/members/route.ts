import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { segmentMembersResponse } from "@/lib/segments/responses";
import { listMembers } from "@/lib/segments/store";

/** A page of the segment's members as of its last computation, by id. */
export const GET = route({ auth: "platformAdmin", query: pageQuery, response: segmentMembersResponse }, ({ params, query }) => listMembers(params.segmentKey ?? "", query));
