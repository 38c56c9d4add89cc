import { eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { billingCustomers } from "@/db/schema/billing";
import { creditLedger } from "@/db/schema/credits";
import { referrals } from "@/db/schema/referrals";
import { auth, drainJobs } from "@/lib/app";
import { getBalance } from "@/lib/credits";
import { convertOnPayment, releaseRewards } from "@/lib/referrals/rewards";
import { createTeam, createTenant, uniqueEmail, type SeedUser } from "@/seed/factories";
import { deliver, signed, subscriptionChargePayload } from "./billing-helpers";
import { call, callJson, signIn } from "./client";

afterEach(() => {
  delete process.env.ANALYTICS_CONSENT_DEFAULT;
  delete process.env.REFERRAL_MONTHLY_CAP;
});

type Figures = { code: string; link: string; clicks: number; signups: number; conversions: number; creditsEarned: number };
const figures = async (cookie: string) => (await callJson<Figures>("GET", "/me/referrals", { cookie })).body;
const password = "a-long-enough-password-42";
/** An address at a provider many people share (the test factories' addresses share one domain, which would read as a colleague). */
const gmail = (label: string) => uniqueEmail(label).replace(/@.*/, "@gmail.com");
let device = 0;

/** Signs someone up through Better Auth, as the sign-up form does with `?ref=`, from a device of its own unless told. */
async function signUp(email: string, code: string | null, from?: { ip: string; agent: string }) {
  device += 1;
  const headers = new Headers({ "user-agent": from?.agent ?? `Browser/${device}`, "x-forwarded-for": from?.ip ?? `203.0.113.${device % 250}` });
  if (code) headers.set("x-referral-code", code);
  const response = await auth.api.signUpEmail({ body: { email, password, name: "Referred" }, headers, asResponse: true });
  expect(response.status).toBe(200);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { id: user!.id, email, name: "Referred", password } satisfies SeedUser;
}

async function referralOf(userId: string) {
  const [row] = await db.select().from(referrals).where(eq(referrals.referredUserId, userId));
  return row;
}

/** A charge of the referred tenant's subscription, as the provider's webhook posts it. */
function charge(tenantId: string, paymentId: string, customerId?: string) {
  const body = JSON.parse(subscriptionChargePayload({ tenantId, subscriptionId: `sub_${tenantId}`, paymentId, at: new Date() })) as { data: { customer: { customer_id: string } } };
  if (customerId) body.data.customer.customer_id = customerId;
  return deliver(signed(JSON.stringify(body)));
}

const referralGrants = (referralId: string) => db.select().from(creditLedger).where(like(creditLedger.idempotencyKey, `referral:${referralId}:%`));

describe("referrals", () => {
  it("counts clicks and sign-ups, rewards both sides once under 20 concurrent payment webhooks after the hold, and claws it back on refund", async () => {
    const referrer = await createTeam("referrer");
    const cookie = await signIn(referrer.people.owner);
    const { code, link } = await figures(cookie);
    expect(link).toMatch(new RegExp(`/r/${code}$`));

    const click = await call("GET", `/r/${code.toLowerCase()}`);
    expect(click.status).toBe(303);
    expect(click.headers.get("location")).toMatch(new RegExp(`/sign-up\\?ref=${code}$`));
    // Without marketing consent the code rides in the link only.
    expect(click.headers.get("set-cookie")).toBeNull();
    process.env.ANALYTICS_CONSENT_DEFAULT = "granted";
    expect((await call("GET", `/r/${code}`)).headers.get("set-cookie")).toMatch(/^keel_ref=\w+; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax/);
    expect((await call("GET", "/r/NOSUCH22")).headers.get("location")).toMatch(/\/sign-up$/);

    const referred = await signUp(gmail("referred"), code);
    const tenant = await createTenant({ owner: referred });
    expect(await figures(cookie)).toMatchObject({ clicks: 2, signups: 1, conversions: 0, creditsEarned: 0 });

    // Twenty payments land at once: the first converts the referral, once.
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => charge(tenant.id, `pay_ref_${tenant.id}_${i}`)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    await drainJobs();
    const held = await referralOf(referred.id);
    expect(held).toMatchObject({ status: "held", referredTenantId: tenant.id });
    expect((await figures(cookie)).conversions).toBe(1);

    // Nothing before the hold ends; then both sides once, however often the job runs.
    expect(await releaseRewards(new Date())).toBe(0);
    const [referrerBefore, referredBefore] = [await getBalance({ tenantId: referrer.tenant.id }), await getBalance({ tenantId: tenant.id })];
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(await releaseRewards(later)).toBe(1);
    expect(await releaseRewards(later)).toBe(0);
    const grants = await referralGrants(held!.id);
    expect(grants.map((g) => [g.tenantId, g.amount]).sort()).toEqual([[referrer.tenant.id, 500], [tenant.id, 500]].sort());
    expect(await getBalance({ tenantId: referrer.tenant.id })).toBe(referrerBefore + 500);
    expect(await getBalance({ tenantId: tenant.id })).toBe(referredBefore + 500);
    expect((await figures(cookie)).creditsEarned).toBe(500);

    // The converting payment refunded: both rewards go back.
    const refund = signed(JSON.stringify({ business_id: "bus_test", type: "refund.succeeded", timestamp: new Date().toISOString(), data: { refund_id: `rf_${crypto.randomUUID()}`, payment_id: held!.paymentId, is_partial: false } }));
    expect((await deliver(refund)).status).toBe(200);
    await drainJobs();
    expect((await referralOf(referred.id))?.status).toBe("clawed_back");
    expect(await getBalance({ tenantId: referrer.tenant.id })).toBe(referrerBefore);
    expect(await getBalance({ tenantId: tenant.id })).toBe(referredBefore);
    expect((await figures(cookie)).creditsEarned).toBe(0);
  });

  it("converts once when twenty payment jobs run at the same moment", async () => {
    const referrer = await createTeam("referrer-race");
    const { code } = await figures(await signIn(referrer.people.owner));
    const referred = await signUp(gmail("race"), code);
    const tenant = await createTenant({ owner: referred });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => convertOnPayment({ tenantId: tenant.id, paymentId: `pay_race_${i}`, amount: 4900 })));
    expect(outcomes.filter((o) => o === "held")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "held")).toEqual(Array(19).fill(null));
    expect(await releaseRewards(new Date(Date.now() + 15 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await referralGrants((await referralOf(referred.id))!.id)).toHaveLength(2);
  });

  it("cancels a held reward when its payment is refunded inside the hold", async () => {
    const referrer = await createTeam("referrer-held");
    const { code } = await figures(await signIn(referrer.people.owner));
    const referred = await signUp(gmail("held"), code);
    const tenant = await createTenant({ owner: referred });
    await charge(tenant.id, `pay_held_${tenant.id}`);
    await drainJobs();
    const refund = signed(JSON.stringify({ business_id: "bus_test", type: "refund.succeeded", timestamp: new Date().toISOString(), data: { refund_id: `rf_${crypto.randomUUID()}`, payment_id: `pay_held_${tenant.id}`, is_partial: false } }));
    await deliver(refund);
    await drainJobs();
    expect(await referralOf(referred.id)).toMatchObject({ status: "clawed_back", rewardCredits: 0 });
    expect(await releaseRewards(new Date(Date.now() + 30 * 86_400_000))).toBe(0);
  });

  it("refuses self-referrals by company email domain, by device and by payment customer; shared mail providers are no evidence", async () => {
    const domain = `${crypto.randomUUID().slice(0, 8)}.example`;
    const boss = await signUp(`boss@${domain}`, null, { ip: "198.51.100.77", agent: "SameBrowser/1" });
    const bossTenant = await createTenant({ owner: boss });
    const { code } = await figures(await signIn(boss));

    const colleague = await signUp(`colleague@${domain}`, code);
    expect(await referralOf(colleague.id)).toMatchObject({ status: "refused", reason: "same_email_domain" });

    const sameDevice = await signUp(gmail("alt"), code, { ip: "198.51.100.77", agent: "SameBrowser/1" });
    expect(await referralOf(sameDevice.id)).toMatchObject({ status: "refused", reason: "same_device" });

    const stranger = await signUp(gmail("stranger"), code);
    expect(await referralOf(stranger.id)).toMatchObject({ status: "signed_up", reason: null });

    // The stranger's tenant pays with the boss's own payment customer: the same payer.
    await db.insert(billingCustomers).values({ tenantId: bossTenant.id, provider: "simulator", customerId: `cus_boss_${bossTenant.id}` });
    const strangerTenant = await createTenant({ owner: stranger });
    await charge(strangerTenant.id, `pay_self_${strangerTenant.id}`, `cus_boss_${bossTenant.id}`);
    await drainJobs();
    expect(await referralOf(stranger.id)).toMatchObject({ status: "refused", reason: "same_payment_customer" });
  });

  it("stops rewarding past the referrer's monthly cap", async () => {
    process.env.REFERRAL_MONTHLY_CAP = "1";
    const referrer = await createTeam("referrer-cap");
    const { code } = await figures(await signIn(referrer.people.owner));
    const outcomes = [];
    for (const label of ["cap-a", "cap-b"]) {
      const referred = await signUp(gmail(label), code);
      const tenant = await createTenant({ owner: referred });
      await charge(tenant.id, `pay_${label}_${tenant.id}`);
      await drainJobs();
      outcomes.push((await referralOf(referred.id))?.status);
    }
    expect(outcomes).toEqual(["held", "capped"]);
  });
});
