"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/api-client";
import type { NotificationPageResponse, NotificationResponse } from "@/lib/notifications/responses";
import { cn, focusRing } from "@/components/ui/cn";
import { NotificationItem } from "./notification-item";
import { useNotificationStream } from "./use-notification-stream";

const shown = 8;

/** The bell: unread count, a dropdown of the newest notifications, live over SSE. */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications.bell");
  const router = useRouter();
  const ref = useRef<HTMLDetailsElement>(null);
  const [unread, setUnread] = useState(initialUnread);
  const [items, setItems] = useState<NotificationResponse[] | null>(null);

  const load = useCallback(async () => {
    const page = await api<NotificationPageResponse>(`/me/notifications?limit=${shown}`).catch(() => null);
    if (!page) return;
    setItems(page.data);
    setUnread(page.unread);
  }, []);

  useNotificationStream({
    onNotification: (notification) => setItems((current) => (current ? [notification, ...current.filter((n) => n.id !== notification.id)].slice(0, shown) : current)),
    onUnread: setUnread,
    onReady: (count) => {
      setUnread(count);
      if (items !== null) void load();
    },
  });

  useEffect(() => {
    function close(event: MouseEvent) {
      if (ref.current && !ref.current.contains(event.target as Node)) ref.current.removeAttribute("open");
    }
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);

  async function open(notification: NotificationResponse) {
    ref.current?.removeAttribute("open");
    if (!notification.readAt) {
      setItems((current) => current?.map((n) => (n.id === notification.id ? { ...n, readAt: new Date().toISOString() } : n)) ?? null);
      await api("/me/notifications/read", { method: "POST", body: { ids: [notification.id] } }).catch(() => {});
    }
    if (notification.link) router.push(notification.link);
  }

  async function markAllRead() {
    setUnread(0);
    setItems((current) => current?.map((n) => (n.readAt ? n : { ...n, readAt: new Date().toISOString() })) ?? null);
    await api("/me/notifications/read", { method: "POST", body: {} }).catch(() => {});
  }

  const label = unread > 0 ? t("labelUnread", { count: unread }) : t("title");
  return (
    <details ref={ref} className="relative" onToggle={(event) => (event.currentTarget.open && items === null ? void load() : undefined)}>
      <summary className={cn("relative flex size-9 cursor-pointer list-none items-center justify-center rounded-full hover:bg-muted", focusRing)} aria-label={label} title={label}>
        <BellIcon />
        {unread > 0 ? (
          <span data-testid="notification-unread" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-semibold leading-5 text-danger-foreground">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-80 rounded-lg border border-border bg-card p-2 shadow-lg" role="region" aria-label={t("latest")}>
        <div className="flex items-center justify-between px-2 py-1">
          <p className="text-sm font-medium">{t("title")}</p>
          <button type="button" className={cn("rounded px-2 py-1 text-xs hover:bg-muted", focusRing)} onClick={markAllRead} disabled={unread === 0}>
            {t("markAllRead")}
          </button>
        </div>
        <ul className="max-h-96 overflow-y-auto">
          {items === null ? <li className="px-2 py-3 text-sm text-muted-foreground">{t("loading")}</li> : null}
          {items?.length === 0 ? <li className="px-2 py-3 text-sm text-muted-foreground">{t("empty")}</li> : null}
          {items?.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} onOpen={() => open(notification)} compact />
            </li>
          ))}
        </ul>
        <hr className="my-1 border-border" />
        <Link href="/dashboard/notifications" className={cn("block rounded-md px-2 py-2 text-center text-sm hover:bg-muted", focusRing)} onClick={() => ref.current?.removeAttribute("open")}>
          {t("seeAll")}
        </Link>
      </div>
    </details>
  );
}

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
