import { route } from "@/lib/app";
import { notificationError, notificationStream } from "@/lib/notifications";
import { notificationStreamResponse } from "@/lib/notifications/responses";

// A long-lived answer: never cached, never prerendered, always on the Node.js runtime.
export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: the caller's new notifications as they arrive. `Last-Event-ID` (sent by
 * EventSource when it reconnects) resumes after that notification. Only for clients that ask for
 * `text/event-stream`: anything else would wait on an answer that never ends.
 */
export const GET = route({ auth: "session", response: notificationStreamResponse, responseTypes: ["text/event-stream"] }, ({ req, user }) => {
  if (!(req.headers.get("accept") ?? "").includes("text/event-stream")) {
    throw notificationError("event_stream_required", "This route streams Server-Sent Events: send `Accept: text/event-stream` (EventSource does).");
  }
  const stream = notificationStream(user.userId, { lastEventId: req.headers.get("last-event-id"), signal: req.signal });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      // Proxies such as nginx buffer answers by default, which would hold events back.
      "x-accel-buffering": "no",
    },
  });
});
