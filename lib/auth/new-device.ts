import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { coreMessages } from "@/lib/i18n/messages";
import { defineNotification, notify } from "@/lib/jobs/notify";
import { captureException } from "@/lib/observability";

/** A sign-in from a browser or device the account has not signed in from before. */
export const newDeviceSignInNotification = defineNotification<{ device: string; ipAddress: string | null }>({
  type: "auth.new_device_sign_in",
  description: "auth.notifications.new_device_sign_in.description",
  // A security notice: it always arrives, in the app and by email.
  critical: true,
  email: true,
  messages: coreMessages,
  render: ({ device, ipAddress }, { t }) => {
    const named = device || t("auth.notifications.new_device_sign_in.unknownDevice");
    return {
      title: t("auth.notifications.new_device_sign_in.title"),
      body: ipAddress ? t("auth.notifications.new_device_sign_in.bodyWithIp", { device: named, ipAddress }) : t("auth.notifications.new_device_sign_in.body", { device: named }),
      link: "/dashboard/settings",
    };
  },
});

/**
 * A device, as far as the server can tell: the user agent without its version numbers, so a
 * browser update is the same device and another browser or system is not.
 */
export function deviceKey(userAgent: string | null | undefined): string {
  return (userAgent ?? "").replace(/\d+([._]\d+)*/g, "#").trim();
}

/** How many earlier sign-ins are compared: enough for anyone's devices, bounded for the query. */
const recentSignIns = 200;

/**
 * After a session is created (its `auth.sign_in` audit row not yet written): notifies the user
 * when none of their earlier sign-ins came from this device. An account's first sign-in is not
 * "new": there is nothing to compare with. Never fails the sign-in: an error is reported and dropped.
 */
export async function noticeNewDevice(session: { userId: string; userAgent?: string | null; ipAddress?: string | null }): Promise<void> {
  try {
    const earlier = await db
      .select({ userAgent: auditLogs.userAgent })
      .from(auditLogs)
      .where(and(eq(auditLogs.actorId, session.userId), eq(auditLogs.action, "auth.sign_in")))
      .orderBy(desc(auditLogs.id))
      .limit(recentSignIns);
    if (earlier.length === 0) return;
    const key = deviceKey(session.userAgent);
    if (earlier.some((row) => deviceKey(row.userAgent) === key)) return;
    await notify(db, newDeviceSignInNotification, {
      userIds: [session.userId],
      // No user agent: the text names "an unknown device" in each recipient's language.
      data: { device: (session.userAgent ?? "").slice(0, 200), ipAddress: session.ipAddress ?? null },
    });
  } catch (error) {
    captureException(error, { where: "auth.new_device" });
  }
}
