import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/**
 * The referral path a visitor takes: the referrer's link counts a click and opens sign-up with the
 * code, the sign-up form carries it, and the referrer's page counts the sign-up. The referred
 * person uses another browser (user agent) and a shared mail provider, or the self-referral rules
 * would rightly refuse it (same device, same company domain).
 */
test("a referral link brings a sign-up the referrer's page counts", async ({ browser, baseURL }) => {
  const referrer = await browser.newContext({ baseURL });
  const page = await referrer.newPage();
  await signUp(page, { name: "Rita Referrer", email: uniqueEmail("referrer") });
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  await page.goto("/dashboard/referrals");
  const link = (await page.getByTestId("referral-link").textContent())!.trim();
  expect(link).toMatch(/\/r\/[2-9A-Z]{8}$/);

  const visitor = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (Referred friend's browser)" });
  const friend = await visitor.newPage();
  await friend.goto(new URL(link).pathname);
  await expect(friend).toHaveURL(/\/sign-up\?ref=[2-9A-Z]{8}$/);
  await signUp(friend, { name: "Fred Friend", email: uniqueEmail("friend").replace(/@.*/, "@gmail.com"), path: new URL(friend.url()).pathname + new URL(friend.url()).search });
  await expect(friend).toHaveURL(/\/dashboard/, { timeout: 30_000 });

  await page.reload();
  const figures = page.getByTestId("referral-figures");
  await expect(figures).toContainText("Clicks1");
  await expect(figures).toContainText("Sign-ups1");
  await referrer.close();
  await visitor.close();
});
