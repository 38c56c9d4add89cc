import { route } from "@/lib/app";
import { computeResponse } from "@/lib/segments/responses";
import { computeNow } from "@/lib/segments/store";

/** Recomputes the segment's members now instead of at the next ten-minute run: who entered, who left, how many are in. */
export const POST = route({ auth: "platformAdmin", response: computeResponse }, ({ params }) => computeNow(params.segmentKey ?? ""));
