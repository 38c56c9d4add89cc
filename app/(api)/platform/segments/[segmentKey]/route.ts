import { route } from "@/lib/app";
import { updateSegmentInput } from "@/lib/segments/definition";
import { segmentResponse } from "@/lib/segments/responses";
import { getSegment, updateSegment } from "@/lib/segments/store";

export const GET = route({ auth: "platformAdmin", response: segmentResponse }, ({ params }) => getSegment(params.segmentKey ?? ""));

/** Changes the name, description or conditions, or `{archived}`; recomputes the members at once. Audited with before and after. */
export const PATCH = route({ auth: "platformAdmin", body: updateSegmentInput, response: segmentResponse }, ({ user, params, body }) => updateSegment(user, params.segmentKey ?? "", body));
