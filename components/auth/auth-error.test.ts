import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import type { MessageTree } from "@/lib/i18n/messages";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { authErrorMessage } from "./auth-error";

/** A plain `(key) => string` over a locale's file, as `useTranslations("auth.errors")` gives the forms. */
function errorsIn(locale: "en" | "de", messages: MessageTree) {
  const t = createTranslator({ locale, messages, namespace: "auth.errors" });
  return (key: string) => t(key as never);
}

const english = errorsIn("en", en);
const german = errorsIn("de", de);

describe("authErrorMessage", () => {
  it("turns a Better Auth code into a sentence in the reader's language", () => {
    const error = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password", status: 401 };
    expect(authErrorMessage(error, english)).toBe("That email and password do not match.");
    expect(authErrorMessage(error, german)).toBe("E-Mail-Adresse und Passwort passen nicht zusammen.");
  });

  it("says 'too many attempts' for a 429 whatever the code", () => {
    expect(authErrorMessage({ code: "INVALID_EMAIL_OR_PASSWORD", status: 429 }, german)).toMatch(/^Zu viele Versuche/);
  });

  it("never shows Better Auth's English message for a code it does not know", () => {
    expect(authErrorMessage({ code: "SOMETHING_NEW", message: "Something new happened" }, german)).toBe(de.auth.errors.generic);
    expect(authErrorMessage(null, english)).toBe(en.auth.errors.generic);
  });
});
