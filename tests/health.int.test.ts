import { describe, expect, it } from "vitest";
import { createUser } from "@/seed/factories";
import { callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

describe("GET /internal/health", () => {
  it("tells anyone only whether the app is ok: no driver, errors or versions", async () => {
    const res = await callJson<Record<string, unknown>>("GET", "/internal/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it("shows the details to a platform admin who passed a second factor, and only then", async () => {
    const admin = await createUser({ platformAdmin: true });
    const passwordOnly = await callJson<Record<string, unknown>>("GET", "/internal/health", { cookie: await signIn(admin) });
    expect(passwordOnly.body).toEqual({ ok: true });
    const res = await callJson<{ ok: boolean; database: { driver: string }; versions: { node: string } }>("GET", "/internal/health", { cookie: await signInWithTotp(admin) });
    expect(res.body.ok).toBe(true);
    expect(res.body.database.driver).toMatch(/pglite|postgres|neon/);
    expect(res.body.versions.node).toBe(process.version);
  });
});
