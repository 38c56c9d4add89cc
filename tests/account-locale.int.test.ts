import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { createUser } from "@/seed/factories";
import { call, callJson, signIn } from "./client";

type Me = { user: { id: string; locale: string | null } };

describe("the saved language (PATCH /me locale)", () => {
  it("is saved, shown on /me and on the session, and null follows the browser again", async () => {
    const user = await createUser();
    const cookie = await signIn(user);
    expect((await callJson<Me>("GET", "/me", { cookie })).body.user.locale).toBeNull();

    const saved = await callJson<Me>("PATCH", "/me", { cookie, body: { locale: "de" } });
    expect(saved.status).toBe(200);
    expect(saved.body.user.locale).toBe("de");
    const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
    expect(row!.locale).toBe("de");
    // A later request reads it from the session (what the portal's locale lookup uses).
    expect((await callJson<Me>("GET", "/me", { cookie })).body.user.locale).toBe("de");

    const cleared = await callJson<Me>("PATCH", "/me", { cookie, body: { locale: null } });
    expect(cleared.body.user.locale).toBeNull();
  });

  it("refuses a locale the app does not have, in the error envelope, and changes nothing", async () => {
    const user = await createUser();
    const cookie = await signIn(user);
    await callJson("PATCH", "/me", { cookie, body: { locale: "de" } });
    for (const locale of ["fr", "DE", "", 42]) {
      const response = await call("PATCH", "/me", { cookie, body: { locale } });
      expect(response.status, String(locale)).toBe(422);
      expect((await response.json()).error.code).toBe("validation_failed");
    }
    expect((await callJson<Me>("GET", "/me", { cookie })).body.user.locale).toBe("de");
  });
});
