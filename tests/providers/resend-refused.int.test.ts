import { afterAll, describe, expect, it, vi } from "vitest";

// A deployment whose EMAIL_FROM is malformed (no angle brackets around the address): Resend
// refuses every message with 422 invalid_from_address, and will again however often it is asked.
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["RESEND_API_KEY", "RESEND_BASE_URL", "EMAIL_FROM"].map((name) => [name, process.env[name]]));
  process.env.RESEND_API_KEY = "re_standin_resend_refused";
  process.env.EMAIL_FROM = "Keel onboarding at keel.example";
  return before;
});

vi.mock("@/lib/email/send-job", async (original) => (await import("./email-jobs")).isolateEmailJob(await original<typeof import("@/lib/email/send-job")>()));

const { db } = await import("@/db/client");
const { sendEmailJob, sendEmail } = await import("@/lib/email");
const { magicLinkEmail } = await import("@/lib/auth/emails");
const { runDueJobs } = await import("@/lib/jobs");
const { jobRow, testCatalog } = await import("@/lib/jobs/test-helpers");
const { uniqueEmail } = await import("@/seed/factories");
const { emailJobsTo, makeDue } = await import("./email-jobs");
const { startResendApi } = await import("./resend-api");

const resend = await startResendApi({ apiKey: "re_standin_resend_refused" });
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

describe("Resend stand-in: a refusal that will repeat", () => {
  it("dead-letters a 422 invalid_from_address on the first attempt instead of retrying it", async () => {
    const to = uniqueEmail("resend-bad-from");
    await sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/magic" } });
    const [job] = await emailJobsTo(sendEmailJob.id, to);
    await runDueJobs(mail.catalog);

    const dead = await jobRow(job!.id);
    expect(dead).toMatchObject({ status: "dead", attempts: 1 });
    expect(dead.lastError).toContain("PermanentJobError: Resend refused the message (422 invalid_from_address)");
    expect(resend.requests.filter((request) => request.idempotencyKey === job!.id).map((request) => request.status)).toEqual([422]);
    expect(resend.sent.filter((message) => message.body.to === to)).toEqual([]);

    // Dead stays dead: a later pass asks Resend nothing more.
    await makeDue(job!.id);
    await runDueJobs(mail.catalog);
    expect(resend.requests.filter((request) => request.idempotencyKey === job!.id)).toHaveLength(1);
  });
});
