import { expect, test } from "@playwright/test";
import { password, signUp, uniqueEmail } from "./helpers";

test.describe("a German browser with no cookie", () => {
  test.use({ locale: "de-DE" });

  test("is sent from / to /de, in German with <html lang=de>, and /de/pricing is German", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Starterkit");

    await page.goto("/de/pricing");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einfache Preise, die mit Ihrem Team wachsen");
    await expect(page.getByRole("button", { name: "Jährlich" })).toBeVisible();
    // The auth pages follow the browser too (they are not locale-prefixed).
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("signs up and in through the German auth forms, with German errors and titles", async ({ page, context }) => {
    const email = uniqueEmail("de-auth");
    await page.goto("/sign-up");
    await expect(page).toHaveTitle("Registrieren · Keel");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konto erstellen");
    await page.getByLabel("Name", { exact: true }).fill("Dora Deutsch");
    await page.getByLabel("E-Mail", { exact: true }).fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill("kurz");
    await page.getByRole("button", { name: "Registrieren", exact: true }).click();
    // The form's own validation speaks German too.
    await expect(page.getByText("Verwenden Sie mindestens 8 Zeichen.")).toBeVisible();
    await page.getByLabel("Passwort", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Registrieren", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard/);

    await context.clearCookies();
    await page.goto("/sign-in");
    await expect(page).toHaveTitle("Anmelden · Keel");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bei Keel anmelden");
    await page.getByLabel("E-Mail", { exact: true }).fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill(`${password}-falsch`);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    // A Better Auth error code becomes a German sentence.
    await expect(page.getByText("E-Mail-Adresse und Passwort passen nicht zusammen.")).toBeVisible();
    await page.getByLabel("Passwort", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard/);
  });
});

test("the switcher moves the public site to German and remembers it for the app's pages", async ({ page }) => {
  await page.goto("/pricing");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("de");
  await expect(page).toHaveURL(/\/de\/pricing$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einfache Preise, die mit Ihrem Team wachsen");
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // /en/… is never a URL: English has no prefix.
  await page.goto("/en/pricing");
  await expect(page).toHaveURL(/\/pricing$/);
});

test("a user's saved language (settings) wins over the browser's, and Automatic gives it back", async ({ page }) => {
  await signUp(page, { name: "Lena Locale", email: uniqueEmail("locale") });
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/dashboard/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language", { exact: true }).selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByLabel("Sprache", { exact: true })).toHaveValue("de");
  const me = await page.request.get("/me");
  expect((await me.json()).user.locale).toBe("de");

  await page.getByLabel("Sprache", { exact: true }).selectOption("");
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("");
  expect((await (await page.request.get("/me")).json()).user.locale).toBeNull();
});
