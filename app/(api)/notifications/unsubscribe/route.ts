import { notificationTypes, route } from "@/lib/app";
import { appUrl } from "@/lib/auth/config";
import { unsubscribe, unsubscribeQuery } from "@/lib/notifications";
import { unsubscribedResponse, unsubscribeRedirectResponse } from "@/lib/notifications/responses";

/**
 * The link in every notification email's `List-Unsubscribe` header and footer. A GET changes
 * nothing (mail scanners and link previews follow links): it shows the confirmation page.
 */
export const GET = route({ auth: "public", query: unsubscribeQuery, response: unsubscribeRedirectResponse }, ({ query }) => seeOther(`/unsubscribe?token=${encodeURIComponent(query.token)}`));

/**
 * The one-click unsubscribe: the confirmation page's button, or a mail client's RFC 8058 POST
 * (`List-Unsubscribe=One-Click`, sent cross-site by the provider's servers, without cookies). The
 * signed token is the only credential, so no Origin check applies and the body is not read: it
 * carries nothing the token does not. A browser form is sent back to the page; others get JSON.
 */
export const POST = route({ auth: "public", query: unsubscribeQuery, response: unsubscribedResponse }, async ({ req, query }) => {
  const target = await unsubscribe(query.token, notificationTypes);
  if ((req.headers.get("accept") ?? "").includes("text/html")) {
    return seeOther(`/unsubscribe?token=${encodeURIComponent(query.token)}&done=1`);
  }
  return { unsubscribed: true as const, type: target.type, channel: target.channel };
});

/** A 303 to a page of the app (built by hand: `Response.redirect` has immutable headers, and route() adds its own). */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: `${appUrl}${path}` } });
}
