import { afterAll, describe, expect, it, vi } from "vitest";

// A deployment with Resend: the key selects the Resend adapter (lib/email/providers), and the SDK
// finds its API at RESEND_BASE_URL, set below once the stand-in listens. Nothing else points the
// app at the stand-in.
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["RESEND_API_KEY", "RESEND_BASE_URL"].map((name) => [name, process.env[name]]));
  process.env.RESEND_API_KEY = "re_standin_resend_test";
  return before;
});

vi.mock("@/lib/email/send-job", async (original) => (await import("./email-jobs")).isolateEmailJob(await original<typeof import("@/lib/email/send-job")>()));

const { db } = await import("@/db/client");
const { env } = await import("@/lib/env");
const { sendEmailJob, sendEmail } = await import("@/lib/email");
const { magicLinkEmail } = await import("@/lib/auth/emails");
const { executeJob, runDueJobs } = await import("@/lib/jobs");
const { jobRow, testCatalog } = await import("@/lib/jobs/test-helpers");
const { createTeam, uniqueEmail } = await import("@/seed/factories");
const { authPost, call, signIn } = await import("../client");
const { emailJobsTo, makeDue } = await import("./email-jobs");
const { startResendApi } = await import("./resend-api");

const resend = await startResendApi({ apiKey: "re_standin_resend_test" });
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

const sentTo = (to: string) => resend.sent.filter((message) => message.body.to === to);
const requestsFor = (jobId: string) => resend.requests.filter((request) => request.idempotencyKey === jobId);

/** The one email.send job addressed to `to`, after running everything due once. */
async function sendOnce(to: string) {
  const [job] = await emailJobsTo(sendEmailJob.id, to);
  expect(job, `an email.send job to ${to}`).toBeDefined();
  await runDueJobs(mail.catalog);
  return job!;
}

describe("Resend stand-in, driven by the email.send job and the Resend SDK", () => {
  it("sends the verification email of a sign-up once, keyed by its job id", async () => {
    const email = uniqueEmail("resend-verify");
    const signUp = await authPost("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Vera" });
    expect(signUp.status).toBe(200);
    const job = await sendOnce(email);

    expect(await jobRow(job.id)).toMatchObject({ status: "succeeded", attempts: 1 });
    const [message] = sentTo(email);
    expect(sentTo(email)).toHaveLength(1);
    expect(message!.idempotencyKey).toBe(job.id);
    expect(message!.body).toMatchObject({ from: env.EMAIL_FROM, subject: "Verify your email address for Keel", tags: [{ name: "template", value: "verify-email" }] });
    expect(message!.body.html).toMatch(/verify-email\?token=/);
    expect(message!.body.text).toMatch(/verify-email\?token=/);

    // Done is done: another pass and an explicit run send nothing.
    await runDueJobs(mail.catalog);
    expect(await executeJob(mail.catalog, job.id)).toBe("skipped");
    expect(sentTo(email)).toHaveLength(1);
  });

  it("sends an invitation once, keyed by its job id", async () => {
    const { tenant, people } = await createTeam("resend-invite", { plan: "pro", state: "active" });
    const email = uniqueEmail("resend-invitee");
    const invited = await call("POST", `/tenants/${tenant.id}/invitations`, { cookie: await signIn(people.owner), body: { email, role: "member" } });
    expect(invited.status).toBe(201);
    const job = await sendOnce(email);

    expect(sentTo(email)).toHaveLength(1);
    expect(sentTo(email)[0]).toMatchObject({ idempotencyKey: job.id, body: { tags: [{ name: "template", value: "invitation" }] } });
    expect(sentTo(email)[0]!.body.text).toContain("/accept-invitation");
  });

  it("sends once when Resend accepted the message but its answer was lost: the retry reuses the key", async () => {
    const to = uniqueEmail("resend-lost-answer");
    await sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/magic" } });
    resend.hangUpAfterNextSend();
    const job = await sendOnce(to);

    const failed = await jobRow(job.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.lastError).toContain("Resend did not answer");
    await makeDue(job.id);
    await runDueJobs(mail.catalog);

    expect(await jobRow(job.id)).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(sentTo(to)).toHaveLength(1);
    expect(requestsFor(job.id).map((request) => request.status)).toEqual(["hang-up", 200]);
  });

  it("retries a 429 and a 500 with backoff, then sends once", async () => {
    const to = uniqueEmail("resend-retry");
    await sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/magic" } });
    resend.failNext(429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second.");
    resend.failNext(500, "application_error", "An unexpected error occurred.");
    const [job] = await emailJobsTo(sendEmailJob.id, to);

    for (const [attempt, answer] of [[1, "429 rate_limit_exceeded"], [2, "500 application_error"]] as const) {
      const before = Date.now();
      await runDueJobs(mail.catalog);
      const row = await jobRow(job!.id);
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      expect(row.lastError).toContain(answer);
      // Full jitter under a cap that doubles per attempt (1 s, then 2 s).
      expect(row.runAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.runAt.getTime()).toBeLessThanOrEqual(Date.now() + sendEmailJob.retry.baseDelayMs * 2 ** (attempt - 1) + 1000);
      await makeDue(job!.id);
    }
    await runDueJobs(mail.catalog);

    expect(await jobRow(job!.id)).toMatchObject({ status: "succeeded", attempts: 3 });
    expect(requestsFor(job!.id).map((request) => request.status)).toEqual([429, 500, 200]);
    expect(sentTo(to)).toHaveLength(1);
  });
});
