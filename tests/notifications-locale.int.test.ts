import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { drainJobs } from "@/lib/app";
import { listMailbox } from "@/lib/email";
import { emit, notificationRequestedEvent, notify } from "@/lib/jobs";
import { closeRealtime } from "@/lib/notifications";
import { roleChangedNotification } from "@/lib/tenants/notifications";
import { createTeam, createUser } from "@/seed/factories";
import { notificationsOf } from "./notifications-helpers";

afterAll(async () => {
  await closeRealtime();
});

async function saveLocale(userId: string, locale: "en" | "de" | null) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

describe("notifications in the recipient's language", () => {
  it("gives a German member the German text and an English one the English text, from one notify()", async () => {
    const team = await createTeam("ntf-locale");
    await saveLocale(team.people.admin.id, "de");
    await saveLocale(team.people.owner.id, null); // no preference: English
    await notify(db, roleChangedNotification, { tenantId: team.tenant.id, tenantRoles: ["owner", "admin"], data: { tenantName: team.tenant.name, from: "member", to: "admin" } });
    await drainJobs();

    const [german] = await notificationsOf(team.people.admin.id);
    const [english] = await notificationsOf(team.people.owner.id);
    expect(german).toMatchObject({ title: `Ihre Rolle in ${team.tenant.name} hat sich geändert`, body: "Sie sind jetzt Administrator (vorher Mitglied)." });
    expect(english).toMatchObject({ title: `Your role in ${team.tenant.name} changed`, body: "You are now an admin (you were a member)." });
    // The email (on for this type) is written in the same language as the stored text.
    const [mail] = (await listMailbox({ to: team.people.admin.email })).filter((m) => m.template === "notification");
    expect(mail?.subject).toBe(german?.title);
  });

  it("still delivers an event written before texts were rendered per locale (one English title and body)", async () => {
    const user = await createUser();
    await saveLocale(user.id, "de");
    await emit(db, notificationRequestedEvent, { type: "notifications.announcement", critical: false, email: false, tenantId: null, recipients: { userIds: [user.id] }, title: "Old shape", body: "From before the upgrade.", link: null });
    await drainJobs();
    expect(await notificationsOf(user.id)).toMatchObject([{ title: "Old shape", body: "From before the upgrade." }]);
  });
});
