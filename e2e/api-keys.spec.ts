import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("a key created in the portal calls the metered API, and the call shows on the usage page", async ({ page }) => {
  await signUp(page, { name: "Api Builder", email: uniqueEmail("keys") });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/dashboard/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("e2e caller");
  // A test key: metered and logged, never charged (the new tenant has no credits yet).
  await dialog.getByLabel("Environment").selectOption("test");
  await dialog.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^sk_test_[0-9A-Za-z]+$/);

  const echo = await page.request.post("/v1/echo", { headers: { authorization: `Bearer ${key}` }, data: { hello: "keel" } });
  expect(echo.status()).toBe(200);
  expect(await echo.json()).toEqual({ hello: "keel" });
  expect(echo.headers()["ratelimit-limit"]).toBeTruthy();
  expect(echo.headers()["x-quota-limit"]).toBeTruthy();

  const refused = await page.request.post("/v1/echo", { headers: { authorization: `Bearer ${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}` }, data: {} });
  expect(refused.status()).toBe(401);

  // Rotate with a day's overlap: a new secret is shown once, and the old one still works beside it.
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: "Rotate e2e caller" }).click();
  const rotateDialog = page.getByRole("dialog");
  await rotateDialog.getByLabel("Old secret keeps working").selectOption({ label: "For 1 day" });
  await rotateDialog.getByRole("button", { name: "Rotate key" }).click();
  const rotated = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
  expect(rotated).toMatch(/^sk_test_[0-9A-Za-z]+$/);
  expect(rotated).not.toBe(key);
  for (const secret of [key, rotated]) {
    const call = await page.request.post("/v1/echo", { headers: { authorization: `Bearer ${secret}` }, data: { hello: "keel" } });
    expect(call.status()).toBe(200);
  }
  await page.getByRole("button", { name: "Done" }).click();

  await page.goto("/dashboard/usage");
  await expect(page.getByTestId("recent-requests")).toContainText("/v1/echo");
  await expect(page.getByTestId("top-keys")).toContainText("key_");
});
