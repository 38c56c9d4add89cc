"use client";

import { useEffect, useRef } from "react";
import type { NotificationResponse } from "@/lib/notifications/responses";

export type StreamHandlers = {
  /** A notification that arrived while the page was open. */
  onNotification?: (notification: NotificationResponse) => void;
  /** The unread count changed (a delivery, or a read in another tab). */
  onUnread?: (unread: number) => void;
  /** The stream (re)connected: anything may have happened while it was down, so reload. */
  onReady?: (unread: number) => void;
};

/**
 * Listens to `/me/notifications/stream` while mounted. EventSource reconnects by itself (the server
 * asks for 2 s) and sends Last-Event-ID, so the server resumes where this page left off.
 */
export function useNotificationStream(handlers: StreamHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/me/notifications/stream");
    const read = <T,>(event: Event) => JSON.parse((event as MessageEvent<string>).data) as T;
    source.addEventListener("notification", (event) => latest.current.onNotification?.(read<NotificationResponse>(event)));
    source.addEventListener("unread", (event) => latest.current.onUnread?.(read<{ unread: number }>(event).unread));
    source.addEventListener("ready", (event) => latest.current.onReady?.(read<{ unread: number }>(event).unread));
    return () => source.close();
  }, []);
}
