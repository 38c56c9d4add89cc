import { route } from "@/lib/app";
import { createSegmentInput } from "@/lib/segments/definition";
import { segmentListResponse, segmentResponse } from "@/lib/segments/responses";
import { createSegment, listSegments } from "@/lib/segments/store";

/** Every segment, archived ones included, by key, with its member count. */
export const GET = route({ auth: "platformAdmin", response: segmentListResponse }, async () => ({ data: await listSegments() }));

/** Creates a segment and computes its members at once; 422 names a condition the installed fields cannot answer. */
export const POST = route({ auth: "platformAdmin", body: createSegmentInput, response: segmentResponse, status: 201 }, ({ user, body }) => createSegment(user, body));
