import { route } from "@/lib/app";
import { segmentCsvResponse } from "@/lib/segments/responses";
import { getSegment, membersCsv } from "@/lib/segments/store";

/** Every member as CSV for a spreadsheet, streamed a thousand rows at a time. 404 for an unknown segment. */
export const GET = route({ auth: "platformAdmin", response: segmentCsvResponse, responseTypes: ["text/csv"] }, async ({ params }) => {
  const segment = await getSegment(params.segmentKey ?? "");
  const rows = membersCsv(segment.key);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="segment-${segment.key}.csv"`, "cache-control": "no-store" } });
});
