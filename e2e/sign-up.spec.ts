import { expect, test } from "@playwright/test";
import { activeTenant, signUp, uniqueEmail } from "./helpers";

// Core only: what every Keel has, whatever modules were removed (CI runs it with none left).
test("sign up gets a personal tenant, creates a second one and switches to it", async ({ page }) => {
  await signUp(page, { name: "Ada Lovelace", email: uniqueEmail("ada") });
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(activeTenant(page)).toHaveText("Ada's workspace");

  await page.getByRole("button", { name: "New tenant" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a tenant" });
  await dialog.getByLabel("Tenant name").fill("Difference Engine Ltd");
  await dialog.getByRole("button", { name: "Create tenant" }).click();
  await expect(activeTenant(page)).toHaveText("Difference Engine Ltd");

  await page.goto("/dashboard/team");
  await expect(page.getByRole("row").filter({ hasText: "Ada Lovelace" })).toContainText("Owner");
});
