import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { trackerSource } from "./tracker";

type Sent = { url: string; body: unknown[] };

/**
 * Runs the tracker in a fresh global with just enough of a browser: a location, a history whose
 * pushState changes it, sendBeacon recording what was sent, and timers under vitest's fake clock.
 */
function browser(options: { navigator?: Record<string, unknown>; queued?: unknown[][]; api?: string; beacon?: boolean } = {}) {
  const sent: Sent[] = [];
  const listeners: Record<string, (() => void)[]> = {};
  const location = { href: "https://keel.example/pricing?utm_source=hn#top" };
  const win: Record<string, unknown> = {
    innerWidth: 1280,
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  const document = {
    referrer: "https://news.ycombinator.com/item?id=1",
    visibilityState: "visible",
    currentScript: { getAttribute: (name: string) => (name === "data-api" ? (options.api ?? null) : null) },
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
  };
  const navigator = {
    ...(options.beacon === false ? {} : { sendBeacon: (url: string, body: string) => (sent.push({ url, body: JSON.parse(body) as unknown[] }), true) }),
    ...options.navigator,
  };
  const fetch = vi.fn((url: string, init: { body: string }) => sent.push({ url, body: JSON.parse(init.body) as unknown[] }));
  const history = { pushState: (_state: unknown, _title: string, url: string) => (location.href = new URL(url, location.href).href) };
  if (options.queued) win.keel = Object.assign(() => {}, { q: options.queued });
  const context = { window: win, document, navigator, location, history, fetch, setTimeout, clearTimeout, JSON, String };
  runInNewContext(trackerSource, context);
  const fire = (type: string) => listeners[type]?.forEach((fn) => fn());
  return { sent, win: win as { keel: (...args: unknown[]) => void }, history, fire, fetch, document };
}

describe("the tracker script (GET /t.js)", () => {
  it("is at most 1,024 bytes gzipped (the contract)", () => {
    const size = gzipSync(trackerSource, { level: 9 }).length;
    console.log(`tracker: ${Buffer.byteLength(trackerSource)} B, ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(1024);
  });

  it("sends a pageview with the URL, the referrer and the width, batched a second later", () => {
    vi.useFakeTimers();
    try {
      const { sent } = browser();
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(1_000);
      expect(sent).toEqual([{ url: "/t/collect", body: [{ n: "pageview", u: "https://keel.example/pricing?utm_source=hn#top", w: 1280, r: "https://news.ycombinator.com/item?id=1" }] }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("counts client-side navigations with the previous page as referrer, and not the same URL twice", () => {
    vi.useFakeTimers();
    try {
      const { sent, history, fire } = browser();
      history.pushState({}, "", "/docs");
      history.pushState({}, "", "/docs#install");
      fire("popstate");
      vi.advanceTimersByTime(1_000);
      const events = sent.flatMap((s) => s.body) as { n: string; u: string; r?: string }[];
      expect(events.map((e) => [e.n, e.u, e.r])).toEqual([
        ["pageview", "https://keel.example/pricing?utm_source=hn#top", "https://news.ycombinator.com/item?id=1"],
        ["pageview", "https://keel.example/docs", "https://keel.example/pricing?utm_source=hn"],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("sends custom events from keel('event', …), including calls queued before it loaded", () => {
    vi.useFakeTimers();
    try {
      const { sent, win } = browser({ queued: [["event", "early_click", { plan: "pro" }]], api: "/custom/collect" });
      win.keel("event", "signup_click", { plan: "team", seats: 3 });
      win.keel("something-else", "ignored");
      vi.advanceTimersByTime(1_000);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.url).toBe("/custom/collect");
      expect((sent[0]!.body as { n: string; p?: unknown }[]).map((e) => [e.n, e.p])).toEqual([
        ["early_click", { plan: "pro" }],
        ["pageview", undefined],
        ["signup_click", { plan: "team", seats: 3 }],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("flushes at once when the page is hidden, and by fetch when there is no sendBeacon", () => {
    const { sent, fire, document, fetch } = browser({ beacon: false });
    document.visibilityState = "hidden";
    fire("visibilitychange");
    expect(fetch).toHaveBeenCalledWith("/t/collect", expect.objectContaining({ method: "POST", keepalive: true }));
    expect(sent).toHaveLength(1);
  });

  it.each([{ doNotTrack: "1" }, { globalPrivacyControl: true }])("sends nothing under %o, and keel() is a no-op", (flags) => {
    vi.useFakeTimers();
    try {
      const { sent, win, fire } = browser({ navigator: flags });
      win.keel("event", "signup_click");
      fire("pagehide");
      vi.advanceTimersByTime(5_000);
      expect(sent).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
