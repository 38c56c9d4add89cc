import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const badge = (page: Page) => page.getByTestId("billing-state");

async function advanceClock(page: Page, days: number) {
  const simulator = page.getByTestId("payment-simulator");
  await simulator.getByLabel("Days").fill(String(days));
  await simulator.getByRole("button", { name: "Advance clock" }).click();
}

test("a trial upgrades through the simulator, falls past due and suspended on a declining card, and recovers", async ({ page }) => {
  await signUp(page, { name: "Bill Payer", email: uniqueEmail("billing") });
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(badge(page)).toHaveText("Trial");

  // Upgrade through the hosted checkout.
  await page.goto("/dashboard/billing");
  await page.getByTestId("plan-starter").getByRole("button", { name: /Upgrade|Choose plan/ }).click();
  await page.waitForURL(/\/billing\/simulator\/checkout\//);
  await page.getByRole("button", { name: "Pay (succeeds)" }).click();
  await page.waitForURL(/\/dashboard\/billing/);
  await expect(badge(page)).toHaveText("Active");

  // The card starts declining; a month later the renewal fails.
  await page.getByTestId("payment-simulator").getByRole("button", { name: "Declines" }).click();
  await advanceClock(page, 31);
  await expect(badge(page)).toHaveText("Past due");
  await expect(page.getByTestId("billing-banner")).toContainText("Payment failed — update your card");

  // Grace ends: suspended, data kept.
  await advanceClock(page, 8);
  await expect(badge(page)).toHaveText("Suspended");
  await expect(page.getByTestId("billing-banner")).toContainText("suspended");

  // Paying again from the customer portal makes it active.
  await page.getByTestId("billing-banner").getByRole("button", { name: "Update card" }).click();
  await page.waitForURL(/\/billing\/simulator\/portal/);
  await page.getByRole("button", { name: "Use a working card" }).click();
  await page.goto("/dashboard/billing");
  await expect(badge(page)).toHaveText("Active");
  await expect(page.getByTestId("billing-banner")).toHaveCount(0);
});
