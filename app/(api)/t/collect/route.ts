import { route } from "@/lib/app";
import { collect, collectInput } from "@/lib/analytics/collect";
import { collectResponse } from "@/lib/analytics/responses";

/**
 * Where `/t.js` sends pageviews and custom events: one `{n, u, r?, w?, p?}` or an array of up to
 * 25, as JSON or as text/plain (a beacon). 202 whether they were stored or dropped (bots, DNT/GPC);
 * never a cookie.
 */
export const POST = route(
  { auth: "public", body: collectInput, response: collectResponse, status: 202, contentTypes: ["application/json", "text/plain"], maxBodyBytes: 32 * 1024 },
  ({ req, body }) => collect(req, body),
);
