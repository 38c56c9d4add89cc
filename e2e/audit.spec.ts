import { expect, test } from "@playwright/test";
import { axeViolations, signUp, uniqueEmail } from "./helpers";

test("an owner reads and filters the audit log, or is told the plan lacks it", async ({ page }) => {
  await signUp(page, { name: "Otto Owner", email: uniqueEmail("audit") });
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/dashboard/audit");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  // With billing installed a new tenant trials a plan that has the log; without it, the free plan does not.
  const notice = page.getByText("Your plan does not include the audit log");
  const table = page.getByRole("table", { name: "Audit log entries" });
  await expect(notice.or(table)).toBeVisible();
  if (await notice.isVisible()) {
    expect(await axeViolations(page)).toEqual([]);
    return;
  }
  await expect(table.getByRole("row")).not.toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("From", { exact: true }).fill("2000-01-01");
  await page.getByLabel("To", { exact: true }).fill("2000-01-02");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("Nothing recorded matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(table).toBeVisible();
});
