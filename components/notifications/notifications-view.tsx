"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { api } from "@/lib/api-client";
import type { NotificationResponse } from "@/lib/notifications/responses";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMore } from "@/components/ui/load-more";
import { usePagedList } from "@/components/ui/use-paged-list";
import { NotificationItem } from "./notification-item";
import { useNotificationStream } from "./use-notification-stream";

/** The full list: every notification, newest first, with new ones arriving live. */
export function NotificationsView() {
  const t = useTranslations("notifications.list");
  const router = useRouter();
  const list = usePagedList<NotificationResponse>("/me/notifications");
  const [live, setLive] = useState<NotificationResponse[]>([]);
  // When the user marked things read here, so the list updates without a reload.
  const [readAt, setReadAt] = useState<Record<string, string>>({});
  const [allReadAt, setAllReadAt] = useState<string | null>(null);
  // The first `ready` comes with the page's own first load; later ones follow a reconnect.
  const connected = useRef(false);

  useNotificationStream({
    onNotification: (notification) => setLive((current) => [notification, ...current.filter((n) => n.id !== notification.id)]),
    onReady: () => {
      if (!connected.current) {
        connected.current = true;
        return;
      }
      setLive([]);
      list.reload();
    },
  });

  const known = new Set(live.map((n) => n.id));
  const items = [...live, ...list.items.filter((n) => !known.has(n.id))].map((n) => ({ ...n, readAt: n.readAt ?? readAt[n.id] ?? (allReadAt && n.createdAt <= allReadAt ? allReadAt : null) }));

  async function open(notification: NotificationResponse) {
    if (!notification.readAt) {
      setReadAt((current) => ({ ...current, [notification.id]: new Date().toISOString() }));
      await api("/me/notifications/read", { method: "POST", body: { ids: [notification.id] } }).catch(() => {});
    }
    if (notification.link) router.push(notification.link);
  }

  async function markAllRead() {
    setAllReadAt(new Date().toISOString());
    await api("/me/notifications/read", { method: "POST", body: {} }).catch(() => {});
  }

  if (list.error) return <Alert tone="error">{list.error}</Alert>;
  if (!list.loading && items.length === 0) return <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />;
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button variant="secondary" size="sm" onClick={markAllRead} disabled={items.every((n) => n.readAt)}>
          {t("markAllRead")}
        </Button>
      </div>
      <ul className="divide-y divide-border rounded-lg border border-border" data-testid="notifications-list">
        {items.map((notification) => (
          <li key={notification.id} className="p-1">
            <NotificationItem notification={notification} onOpen={() => open(notification)} />
          </li>
        ))}
      </ul>
      <LoadMore list={list} size="sm" />
    </div>
  );
}
