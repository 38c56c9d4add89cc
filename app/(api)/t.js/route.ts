import { route } from "@/lib/app";
import { trackerSource } from "@/lib/analytics/tracker";
import { trackerScriptResponse } from "@/lib/analytics/responses";

/** The first-party tracker the public site loads (`<script src="/t.js" defer>`); cached for an hour. */
export const GET = route({ auth: "public", response: trackerScriptResponse, responseTypes: ["application/javascript"] }, () =>
  new Response(trackerSource, {
    headers: { "content-type": "application/javascript; charset=utf-8", "cache-control": "public, max-age=3600, stale-while-revalidate=86400" },
  }),
);
