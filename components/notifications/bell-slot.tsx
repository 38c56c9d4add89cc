import type { AccountSlotProps } from "@/lib/manifest/define";
import { unreadCount } from "@/lib/notifications";
import { NotificationBell } from "./bell";

/** The header's bell (the module's `accountHeader` slot), with the unread count known at render. */
export async function NotificationBellSlot({ userId }: AccountSlotProps) {
  return <NotificationBell initialUnread={await unreadCount(userId)} />;
}
