import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

/** Joining from the public page: the answer is a place in line. */
test("the waitlist form gives a place in line", async ({ page }) => {
  await page.goto("/join");
  await page.getByLabel("Email address").fill(uniqueEmail("waiting"));
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("form", { name: "Join" }).getByRole("status")).toContainText(/You're number \d+ in line/);
});
