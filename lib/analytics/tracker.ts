/**
 * The tracker `GET /t.js` serves: one line per statement for review, no comments inside (they
 * would be bytes on every page load), ES5 so it runs in any browser. It counts a pageview on load
 * and on every client-side navigation (`history.pushState`, back and forward), sends custom events
 * from `keel('event', name, props)` (calls made before it loaded are queued in `keel.q`), and
 * batches them: sent a second after the last one, at 25, or when the page is hidden, by
 * `sendBeacon` (text/plain, so no CORS preflight) with a keepalive `fetch` as the fallback. It
 * sets no cookie and stores nothing, and does nothing at all under Do Not Track or Global
 * Privacy Control. `data-api` on the script tag points it at another collect URL.
 *
 * lib/analytics/tracker.test.ts holds it to 1,024 bytes gzipped (the contract): Plausible's is
 * 2.5 KB and Umami's 2.2 KB. The server checks DNT/GPC again (lib/analytics/normalize.ts).
 */
export const trackerSource = `(function (w, d) {
  var n = navigator, l = location, s = d.currentScript, q = [], t, last;
  var api = (s && s.getAttribute("data-api")) || "/t/collect";
  if (n.doNotTrack == "1" || w.doNotTrack == "1" || n.msDoNotTrack == "1" || n.globalPrivacyControl) { w.keel = function () {}; return; }
  function flush() {
    clearTimeout(t);
    if (!q.length) return;
    var body = JSON.stringify(q);
    q = [];
    if (!(n.sendBeacon && n.sendBeacon(api, body))) fetch(api, { method: "POST", body: body, keepalive: true, headers: { "content-type": "text/plain" } });
  }
  function send(name, props, referrer) {
    var e = { n: name, u: l.href, w: w.innerWidth };
    if (referrer) e.r = referrer;
    if (props) e.p = props;
    q.push(e);
    if (q.length > 24) flush(); else { clearTimeout(t); t = setTimeout(flush, 1000); }
  }
  function page() {
    var href = l.href.split("#")[0];
    if (href === last) return;
    send("pageview", 0, last || d.referrer);
    last = href;
  }
  var queued = (w.keel && w.keel.q) || [];
  w.keel = function (command, name, props) { if (command === "event" && name) send(String(name), props); };
  for (var i = 0; i < queued.length; i++) w.keel.apply(w, queued[i]);
  var push = history.pushState;
  history.pushState = function () { push.apply(this, arguments); page(); };
  w.addEventListener("popstate", page);
  w.addEventListener("pagehide", flush);
  d.addEventListener("visibilitychange", function () { if (d.visibilityState === "hidden") flush(); });
  page();
})(window, document);
`;
