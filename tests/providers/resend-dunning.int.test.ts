import { afterAll, describe, expect, it, vi } from "vitest";

// The billing module's dunning mail through Resend (this file belongs to billing: it goes when
// billing is removed). See resend.int.test.ts for how the stand-in is wired.
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["RESEND_API_KEY", "RESEND_BASE_URL"].map((name) => [name, process.env[name]]));
  process.env.RESEND_API_KEY = "re_standin_resend_dunning";
  return before;
});

vi.mock("@/lib/email/send-job", async (original) => (await import("./email-jobs")).isolateEmailJob(await original<typeof import("@/lib/email/send-job")>()));

const { db } = await import("@/db/client");
const { sendEmailJob } = await import("@/lib/email");
const { sendDunningNotice } = await import("@/lib/billing/dunning-notices");
const { runDueJobs } = await import("@/lib/jobs");
const { jobRow, testCatalog } = await import("@/lib/jobs/test-helpers");
const { createTeam } = await import("@/seed/factories");
const { emailJobsTo } = await import("./email-jobs");
const { startResendApi } = await import("./resend-api");

const resend = await startResendApi({ apiKey: "re_standin_resend_dunning" });
const mail = testCatalog();
mail.register(sendEmailJob);

// Set now, not in a beforeAll: tests/setup.ts's beforeAll runs first, and on a server database it
// drains the jobs earlier files left, some of which send mail through this process's email job. The
// first send builds the Resend client, and the SDK reads RESEND_BASE_URL once, in its constructor:
// a client built before this line would talk to api.resend.com for the rest of the file.
process.env.RESEND_BASE_URL = resend.url;

afterAll(async () => {
  await resend.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("Resend stand-in: dunning", () => {
  it("sends a dunning stage once to each owner and admin, keyed by its job id", async () => {
    const { tenant, people } = await createTeam("resend-dunning", { plan: "pro", state: "past_due" });
    const pastDueSince = new Date();
    const notice = { tenantId: tenant.id, stage: "day0" as const, pastDueSince, graceUntil: new Date(pastDueSince.getTime() + 7 * 86_400_000) };
    expect(await db.transaction((tx) => sendDunningNotice(tx, notice))).toBe(true);
    // The same stage of the same episode again (the dunning job's next tick): nothing new.
    expect(await db.transaction((tx) => sendDunningNotice(tx, notice))).toBe(false);
    await runDueJobs(mail.catalog);
    await runDueJobs(mail.catalog);

    for (const person of [people.owner, people.admin]) {
      const [job, ...more] = await emailJobsTo(sendEmailJob.id, person.email);
      expect(more).toEqual([]);
      expect(await jobRow(job!.id)).toMatchObject({ status: "succeeded", attempts: 1 });
      const sent = resend.sent.filter((message) => message.body.to === person.email);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ idempotencyKey: job!.id, body: { tags: [{ name: "template", value: "payment-failed" }] } });
      expect(sent[0]!.body.text).toContain("/dashboard/billing");
    }
    for (const person of [people.member, people.viewer, people.guest]) {
      expect(resend.sent.filter((message) => message.body.to === person.email)).toEqual([]);
    }
  });
});
