import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { createUser, uniqueEmail } from "@/seed/factories";
import { authPost, signIn } from "./client";
import { linkFromMailbox, mailOf } from "./mailbox-links";

describe("change of email", () => {
  it("sends the new address a link and the old one a notice; the link makes the change", async () => {
    const user = await createUser({ email: uniqueEmail("mover") });
    const cookie = await signIn(user);
    const newEmail = uniqueEmail("moved");
    const res = await authPost("/api/auth/change-email", { newEmail, callbackURL: "/dashboard/settings" }, { cookie });
    expect(res.status).toBe(200);

    const [notice] = await mailOf(user.email, "email-change-notice");
    expect(notice?.text).toContain(newEmail);
    // Nothing changes until the new address opens its link.
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.email).toBe(user.email);

    const link = await linkFromMailbox(newEmail, "confirm-new-email", /https?:\/\/\S+verify-email\S*/);
    const opened = await authGet(new Request(link, { headers: { cookie } }));
    expect([200, 302]).toContain(opened.status);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ email: newEmail, emailVerified: true });

    expect((await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password })).status).toBe(401);
    expect((await authPost("/api/auth/sign-in/email", { email: newEmail, password: user.password })).status).toBe(200);
  });

  it("answers bad input with a 4xx", async () => {
    const cookie = await signIn(await createUser({ email: uniqueEmail("mover-bad") }));
    for (const body of [{}, { newEmail: "not-an-email" }, { newEmail: 42 }]) {
      const res = await authPost("/api/auth/change-email", body, { cookie });
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await authPost("/api/auth/change-email", { newEmail: uniqueEmail("x") })).status).toBe(401);
  });
});
