import { expect, test } from "@playwright/test";
import { axeViolations, enrolTotp, signUp, totp, uniqueEmail, verifyEmailFromMailbox } from "./helpers";

/** A 1×1 PNG: what a screenshot upload needs to pass the magic-byte check. */
const onePixelPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9GtQAAAABJRU5ErkJggg==", "base64");

test("a user reports a problem from the portal header, with a screenshot, and sees the ticket", async ({ page }) => {
  await signUp(page, { name: "Rita Reporter", email: uniqueEmail("support") });
  await expect(page).toHaveURL(/\/dashboard/);

  await page.goto("/dashboard/settings");
  await page.getByRole("button", { name: "Report a problem" }).click();
  const dialog = page.getByRole("dialog", { name: "Report a problem" });
  await dialog.getByLabel("Subject").fill("Settings page freezes");
  await dialog.getByLabel("What happened?").fill("Saving my name spins forever.");
  await dialog.getByLabel("Request id").fill("req_e2e_report");
  await dialog.getByLabel("Screenshot (optional)").setInputFiles({ name: "shot.png", mimeType: "image/png", buffer: onePixelPng });
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Send report" }).click();

  await page.getByRole("link", { name: "View the ticket" }).click();
  await expect(page).toHaveURL(/\/dashboard\/support\/tkt_/);
  await expect(page.getByRole("heading", { name: "Settings page freezes" })).toBeVisible();
  await expect(page.getByText("req_e2e_report")).toBeVisible();
  // The page it was reported from, and the browser as the server saw it.
  await expect(page.getByText(/\/dashboard\/settings$/)).toBeVisible();
  await expect(page.getByText(/Mozilla\/5\.0/)).toBeVisible();
  const screenshot = page.getByRole("img", { name: "The screenshot attached to this report" });
  await expect(screenshot).toBeVisible();
  // Visible means laid out, not loaded: wait for the bytes to decode as the 1×1 image sent.
  await expect.poll(() => screenshot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("Add to the conversation").fill("It also happens on the team page.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("It also happens on the team page.")).toBeVisible();

  await page.goto("/dashboard/support");
  await expect(page.getByRole("link", { name: "Settings page freezes" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Settings page freezes" })).toContainText("open");
  expect(await axeViolations(page)).toEqual([]);
});

test("a platform admin answers from the inbox: the user sees the reply and gets it by email", async ({ page, browser, baseURL }, info) => {
  await signUp(page, { name: "Uma User", email: uniqueEmail("support-user") });
  await expect(page).toHaveURL(/\/dashboard/);
  const subject = `Billing page is blank ${Date.now()}`;
  const created = await page.request.post("/support/tickets", { headers: { origin: baseURL! }, data: { subject, body: "Just white." } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // The admin is listed in PLATFORM_ADMIN_EMAILS (playwright.config.ts), verifies the address and
  // turns TOTP on: the panel wants both.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signUp(admin, { name: "Sam Support", email: `e2e-support-admin-${info.retry}@e2e.keel.local` });
  await expect(admin).toHaveURL(/\/dashboard/);
  await verifyEmailFromMailbox(admin);
  const secret = await enrolTotp(admin);
  await admin.goto("/admin/support?status=open");
  if (/\/step-up/.test(admin.url())) {
    await admin.getByLabel("Authentication code").fill(totp(secret));
    await admin.getByRole("button", { name: "Verify and continue" }).click();
    await admin.goto("/admin/support?status=open");
  }
  await expect(admin.getByRole("heading", { name: "Support", level: 1 })).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);
  await admin.getByRole("link", { name: subject }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/support/${id}$`));

  await admin.getByLabel("Assignee").selectOption({ label: "Sam Support" });
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Saved.")).toBeVisible();
  await admin.getByLabel(/Reply to the user/).fill("We fixed it: reload the page.");
  await admin.getByRole("button", { name: "Send reply" }).click();
  await expect(admin.getByText("We fixed it: reload the page.")).toBeVisible();
  await expect(admin.getByLabel("Status")).toHaveValue("pending");
  expect(await axeViolations(admin)).toEqual([]);

  await admin.goto(`/admin/support?status=pending`);
  await expect(admin.getByRole("row").filter({ hasText: subject })).toContainText("Sam Support");
  await adminContext.close();

  await page.goto(`/dashboard/support/${id}`);
  await expect(page.getByText("We fixed it: reload the page.")).toBeVisible();
  await expect(page.getByText("waiting on you")).toBeVisible();
  await expect(async () => {
    await page.goto("/dashboard/dev/mailbox");
    await page.getByRole("navigation", { name: "Messages" }).getByRole("link").filter({ hasText: `Re: ${subject}` }).first().click({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.frameLocator("iframe").locator("p", { hasText: "We fixed it: reload the page." })).toBeVisible();
});
