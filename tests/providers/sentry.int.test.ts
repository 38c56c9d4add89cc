import * as Sentry from "@sentry/nextjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { route } from "@/lib/app";
import { flushErrorReports } from "@/lib/observability";
import { sentryOptions } from "@/lib/observability/sentry-options";
import { createTenant, createUser } from "@/seed/factories";
import { signIn } from "../client";
import { startSentryStandIn } from "./sentry-api";

let sentry: Awaited<ReturnType<typeof startSentryStandIn>>;
const before = process.env.SENTRY_DSN;

beforeAll(async () => {
  sentry = await startSentryStandIn();
  // What instrumentation.ts does when SENTRY_DSN is set.
  process.env.SENTRY_DSN = sentry.dsn;
  Sentry.init(sentryOptions(sentry.dsn));
});

afterAll(async () => {
  await Sentry.close(2000);
  if (before === undefined) delete process.env.SENTRY_DSN;
  else process.env.SENTRY_DSN = before;
  await sentry.close();
});

describe("errors go to Sentry when SENTRY_DSN is set", () => {
  it("sends a route's unexpected error with Keel's request id, the user and the tenant, and nothing personal", async () => {
    const user = await createUser();
    const tenant = await createTenant({ owner: user });
    const cookie = await signIn(user);
    const handler = route({ auth: "session", tenant: true, response: z.object({}) }, () => {
      throw new Error(`Charging ${user.email} failed`);
    });
    // Made at run time: Sentry sends the source lines around each frame, so a literal here would be in the event anyway.
    const queryToken = `qt${Math.random().toString(36).slice(2)}`;
    const bearer = `bt${Math.random().toString(36).slice(2)}`;
    const req = new Request(`http://localhost:3000/test/sentry?token=${queryToken}`, { headers: { cookie, "x-tenant-id": tenant.id, authorization: `Bearer ${bearer}` } });
    const response = await handler(req, { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: { requestId: string } };
    await flushErrorReports();
    await Sentry.flush(5000);

    const event = sentry.events.find((e) => e.tags?.request_id === error.requestId);
    expect(event).toBeDefined();
    expect(event!.tags?.tenant_id).toBe(tenant.id);
    expect(event!.user).toEqual({ id: user.id });
    expect(event!.exception?.values?.[0]?.value).toBe("Charging [email] failed");
    const raw = sentry.bodies.join("\n");
    for (const secret of [user.email, queryToken, bearer, cookie.split("=")[1]!.slice(0, 20)]) expect(raw).not.toContain(secret);
  });
});
