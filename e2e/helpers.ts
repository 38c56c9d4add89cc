import { expect, type Page } from "@playwright/test";

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.keel.local`;
}

export const password = "violet-ferry-42-anchor";

/** Signs up through the UI and waits for the dashboard. */
export async function signUp(page: Page, { name, email, path = "/sign-up" }: { name: string; email: string; path?: string }) {
  await page.goto(path);
  await page.getByLabel("Name").fill(name);
  const emailInput = page.getByLabel("Email");
  if ((await emailInput.inputValue()) !== email) await emailInput.fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

/** Invites `email` with `role` from the team page. The link goes only to the invitee's inbox. */
export async function invite(page: Page, email: string, role: string): Promise<void> {
  await page.goto("/dashboard/team");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").first().selectOption(role);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();
}

/**
 * Opens the newest invitation email in the signed-in invitee's local mailbox and follows its
 * link, as the invitee would: the link's token proves they read mail at the address.
 */
export async function followInvitationEmail(page: Page): Promise<void> {
  await page.goto("/dashboard/dev/mailbox");
  await page.getByRole("navigation", { name: "Messages" }).getByRole("link").filter({ hasText: /invit/i }).first().click();
  const href = await page.frameLocator("iframe").locator('a[href*="/accept-invitation/"]').first().getAttribute("href");
  expect(href).toMatch(/\/accept-invitation\/inv_[^?]+\?token=/);
  await page.goto(href!);
}

/** The tenant selected in the header's switcher. */
export function activeTenant(page: Page) {
  return page.getByRole("combobox", { name: "Active tenant" }).locator("option:checked");
}
