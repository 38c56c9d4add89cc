import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ErrorsPage } from "@/components/observability/errors-page";
import { db } from "@/db/client";
import { errorGroups } from "@/db/schema/observability";
import { route } from "@/lib/app";
import { captureException, flushErrorReports } from "@/lib/observability";
import { errorFingerprint } from "@/lib/observability/fingerprint";
import { storeError } from "@/lib/observability/error-store";
import { renderIn } from "./next-intl-server";
import { renderInLocale } from "./render-in-locale";

vi.mock("next-intl/server", () => import("./next-intl-server"));

/** A real route() handler that fails the way a bug does: a plain Error, not a DomainError. */
function failingRoute(fail: () => never) {
  const handler = route({ auth: "public", response: z.object({}) }, () => fail());
  return handler(new Request("http://localhost:3000/test/failing"), { params: Promise.resolve({}) });
}

const group = async (fingerprint: string) => (await db.select().from(errorGroups).where(eq(errorGroups.fingerprint, fingerprint)))[0];

// Thrown from one line, so occurrences share a stack and differ only in what the message carries.
const orderFailure = (order: number, tag: string) => new Error(`Order ${order} of ada@example.com could not be charged (${tag})`);

describe("the local error store", () => {
  it("keeps no user id in a group's sample (personal data that erasure could not find in JSON)", async () => {
    const error = new Error(`Sample ${Math.random()}`);
    await storeError(error, { requestId: "req_sample", userId: "usr_01sample", tenantId: "org_01sample" });
    const stored = await group(errorFingerprint(error));
    expect(stored!.sampleContext).toEqual({ requestId: "req_sample", tenantId: "org_01sample" });
  });

  it("stores a route's unexpected error under the request id its 500 envelope names, without the email", async () => {
    const tag = `t${Math.random().toString(36).slice(2, 8)}`;
    let thrown: Error | undefined;
    const response = await failingRoute(() => {
      thrown = orderFailure(41, tag);
      throw thrown;
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.requestId).toMatch(/^req_/);
    expect(response.headers.get("x-request-id") ?? body.error.requestId).toBe(body.error.requestId);
    await flushErrorReports();
    const stored = await group(errorFingerprint(thrown!));
    expect(stored).toMatchObject({ count: 1, name: "Error", sampleContext: { requestId: body.error.requestId, method: "GET", path: "/test/failing" } });
    expect(stored!.message).toContain("could not be charged");
    expect(stored!.message).not.toContain("ada@example.com");
    expect(stored!.sampleStack).toContain("error-store.int.test");
  });

  it("groups the same bug whatever numbers its message carries, and keeps another bug apart", async () => {
    const tag = `t${Math.random().toString(36).slice(2, 8)}`;
    const first = orderFailure(1, tag);
    const again = orderFailure(2, tag);
    expect(errorFingerprint(first)).toBe(errorFingerprint(again));
    captureException(first, { where: "test" });
    await flushErrorReports();
    const before = await group(errorFingerprint(first));
    captureException(again, { where: "test" });
    captureException(new TypeError(`Cannot read properties of undefined (${tag})`), { where: "test" });
    await flushErrorReports();
    const after = await group(errorFingerprint(first));
    expect(after!.count).toBe(2);
    expect(after!.firstSeen).toEqual(before!.firstSeen);
    expect(after!.lastSeen.getTime()).toBeGreaterThanOrEqual(before!.lastSeen.getTime());
    expect(after!.message).toContain("Order 2");
    const other = await db.select().from(errorGroups).where(eq(errorGroups.name, "TypeError"));
    expect(other.some((row) => row.message.includes(tag))).toBe(true);
  });

  it("counts every occurrence when many arrive at once", async () => {
    const error = new Error(`Concurrent failure ${Math.random().toString(36).slice(2, 8)}`);
    await Promise.all(Array.from({ length: 20 }, () => storeError(error, { where: "test" })));
    expect((await group(errorFingerprint(error)))!.count).toBe(20);
  });

  it("never throws at the caller, whatever it is given", async () => {
    expect(() => captureException("a string, not an Error", { where: "test" })).not.toThrow();
    expect(() => captureException(null)).not.toThrow();
    await flushErrorReports();
  });

  describe("the admin page, in German", () => {
    renderIn("de");

    it("lists the groups with their count and request id", async () => {
      const error = new Error(`Rendered failure ${Math.random().toString(36).slice(2, 8)}`);
      await storeError(error, { requestId: "req_rendered_test", method: "POST", path: "/projects" });
      await storeError(error, { requestId: "req_rendered_test", method: "POST", path: "/projects" });
      const html = await renderInLocale("de", await ErrorsPage());
      expect(html).toContain("Zuletzt gesehen");
      expect(html).toContain(error.message);
      expect(html).toContain("Letzte Anfrage: req_rendered_test");
    });
  });
});
