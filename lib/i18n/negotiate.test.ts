import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("takes the primary subtag and honours q-values", () => {
    expect(negotiateLocale("de-AT,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("fr-FR,fr;q=0.9,de;q=0.5,en;q=0.7")).toBe("en");
    expect(negotiateLocale("en;q=0.2, DE;q=0.8")).toBe("de");
  });

  it("answers undefined when nothing fits, and ignores q=0", () => {
    expect(negotiateLocale("fr, it")).toBeUndefined();
    expect(negotiateLocale("de;q=0, fr")).toBeUndefined();
    expect(negotiateLocale("")).toBeUndefined();
    expect(negotiateLocale(null)).toBeUndefined();
    expect(negotiateLocale(";;,,q=")).toBeUndefined();
  });

  it("treats * as the default locale", () => {
    expect(negotiateLocale("fr, *;q=0.5")).toBe("en");
  });
});

describe("resolveLocale", () => {
  it("prefers the saved preference, then the cookie, then Accept-Language, then English", () => {
    expect(resolveLocale({ saved: "de", cookie: "en", acceptLanguage: "en" })).toBe("de");
    expect(resolveLocale({ saved: null, cookie: "de", acceptLanguage: "en" })).toBe("de");
    expect(resolveLocale({ saved: "xx", cookie: "yy", acceptLanguage: "de-CH" })).toBe("de");
    expect(resolveLocale({})).toBe("en");
  });
});
