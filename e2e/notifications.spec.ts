import { expect, test } from "@playwright/test";
import { followInvitationEmail, invite, signUp, uniqueEmail } from "./helpers";

test("a notification reaches another browser without a reload, and its email's unsubscribe link works signed out", async ({ page, browser }) => {
  const memberEmail = uniqueEmail("notified");
  await signUp(page, { name: "Nora Owner", email: uniqueEmail("notifier") });
  await expect(page).toHaveURL(/\/dashboard/);

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signUp(memberPage, { name: "Milo Member", email: memberEmail });
  await memberPage.waitForURL(/\/dashboard/);
  const bell = memberPage.getByLabel(/^Notifications/);
  await expect(bell).toBeVisible();
  await expect(memberPage.getByTestId("notification-unread")).toHaveCount(0);

  // The owner invites an address that already has an account: its bell lights up where it stands.
  await invite(page, memberEmail, "member");
  await expect(memberPage.getByTestId("notification-unread")).toHaveText("1", { timeout: 2_000 });
  await bell.click();
  await expect(memberPage.getByRole("region", { name: "Latest notifications" })).toContainText("Nora Owner invited you");

  // Once a member, a role change arrives the same way, and by email (role changes email by default).
  await followInvitationEmail(memberPage);
  await memberPage.getByRole("button", { name: "Accept invitation" }).click();
  await memberPage.waitForURL(/\/dashboard$/);
  await page.goto("/dashboard/team");
  await page.getByLabel(`Access for ${memberEmail}`).selectOption("viewer");
  await expect(memberPage.getByTestId("notification-unread")).toHaveText("2", { timeout: 2_000 });

  // The email is sent by a job of its own, a runner poll after the notification: look until it is there.
  await expect(async () => {
    await memberPage.goto("/dashboard/dev/mailbox");
    await memberPage.getByRole("navigation", { name: "Messages" }).getByRole("link").filter({ hasText: /Your role in/ }).first().click({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const unsubscribe = await memberPage.frameLocator("iframe").locator('a[href*="/notifications/unsubscribe"]').first().getAttribute("href");
  expect(unsubscribe).toMatch(/\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+$/);

  // A browser with no session: opening the link asks first, the button unsubscribes.
  const signedOut = await browser.newContext();
  const linkPage = await signedOut.newPage();
  await linkPage.goto(unsubscribe!);
  await expect(linkPage.getByRole("heading", { name: "Unsubscribe?" })).toBeVisible();
  await linkPage.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(linkPage.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();

  await memberPage.goto("/dashboard/notifications/preferences");
  await expect(memberPage.getByLabel("Your role in a team changes: by email")).not.toBeChecked();
  await expect(memberPage.getByLabel("Your role in a team changes: in the app")).toBeChecked();
  await expect(memberPage.getByLabel("Someone signs in to your account from a new device: by email")).toBeDisabled();

  await memberPage.goto("/dashboard/notifications");
  await expect(memberPage.getByTestId("notifications-list")).toContainText("Your role in");
  await Promise.all([memberContext.close(), signedOut.close()]);
});
