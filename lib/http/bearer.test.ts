import { describe, expect, it } from "vitest";
import { hasBearerSecret } from "./bearer";

const withAuth = (value?: string) => new Request("http://localhost/x", { headers: value ? { authorization: value } : {} });

describe("hasBearerSecret", () => {
  it("accepts exactly the secret, as a Bearer token", () => {
    expect(hasBearerSecret(withAuth("Bearer s3cret-s3cret-s3cret"), "s3cret-s3cret-s3cret")).toBe(true);
    expect(hasBearerSecret(withAuth("bearer s3cret-s3cret-s3cret"), "s3cret-s3cret-s3cret")).toBe(true);
  });

  it("refuses a wrong, shorter or missing secret, and anything when no secret is set", () => {
    expect(hasBearerSecret(withAuth("Bearer s3cret-s3cret-s3creT"), "s3cret-s3cret-s3cret")).toBe(false);
    expect(hasBearerSecret(withAuth("Bearer s3cret"), "s3cret-s3cret-s3cret")).toBe(false);
    expect(hasBearerSecret(withAuth(), "s3cret-s3cret-s3cret")).toBe(false);
    expect(hasBearerSecret(withAuth("Bearer "), undefined)).toBe(false);
  });

  it("refuses the secret sent without the Bearer scheme", () => {
    expect(hasBearerSecret(withAuth("s3cret-s3cret-s3cret"), "s3cret-s3cret-s3cret")).toBe(false);
    expect(hasBearerSecret(withAuth("Basic s3cret-s3cret-s3cret"), "s3cret-s3cret-s3cret")).toBe(false);
  });
});
