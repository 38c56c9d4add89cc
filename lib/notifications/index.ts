// The face of lib/notifications: the inbox, preferences, unsubscribe links, the realtime stream
// and the digest. Sending a notification is core's `notify()` (lib/jobs/notify.ts): callers never
// import this module.
export { listNotifications, markRead, unreadCount } from "./queries";
export { getPreferences, updatePreferences } from "./preferences";
export type { PreferencesView, ChannelState } from "./preferences";
export { unsubscribe, describeUnsubscribe } from "./unsubscribe";
export type { UnsubscribeTarget } from "./unsubscribe";
export { signUnsubscribeToken, verifyUnsubscribeToken, unsubscribeUrl } from "./unsubscribe-token";
export { notificationStream, streamLifetimeMs } from "./realtime/stream";
export { stopListening as closeRealtime } from "./realtime/listener";
export { realtimeMode, isPooledUrl } from "./realtime/mode";
export { deliverNotification, deliverNotificationJob } from "./deliver";
export { sendDigests, notificationDigestJob } from "./digest";
export { markReadInput, preferencesUpdate, unsubscribeQuery } from "./schemas";
export { notificationError, notificationIds } from "./catalog";
export { announcementNotification } from "./types";
