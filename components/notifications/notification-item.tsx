"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn, focusRing } from "@/components/ui/cn";
import type { NotificationResponse } from "@/lib/notifications/responses";

/** One notification as a button: unread ones are marked with a dot and bold title. */
export function NotificationItem({ notification, onOpen, compact = false }: { notification: NotificationResponse; onOpen: () => void; /** @default false */ compact?: boolean }) {
  const t = useTranslations("notifications.item");
  const format = useFormatter();
  const unread = !notification.readAt;
  return (
    <button type="button" onClick={onOpen} className={cn("flex w-full gap-3 rounded-md px-2 py-2 text-left hover:bg-muted", focusRing)} data-testid="notification-item">
      <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-primary" : "bg-transparent")} />
      <span className="min-w-0 flex-1">
        <span className={cn("block text-sm", unread ? "font-semibold" : "font-normal")}>
          {notification.title}
          {unread ? <span className="sr-only">{` (${t("unread")})`}</span> : null}
        </span>
        {notification.body ? <span className={cn("block text-sm text-muted-foreground", compact && "line-clamp-2")}>{notification.body}</span> : null}
        <span className="block text-xs text-muted-foreground">{format.dateTime(new Date(notification.createdAt), "dateTime")}</span>
      </span>
    </button>
  );
}
