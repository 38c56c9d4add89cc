import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id at or above OWASP's floor (m ≥ 19 MiB, t ≥ 2, p = 1)", async () => {
    const encoded = await hashPassword("a perfectly fine passphrase");
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(encoded);
    expect(match, encoded).not.toBeNull();
    const [, m, t, p] = match!.map(Number);
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBe(1);
  });

  it("verifies the right password only, and never throws on a foreign hash", async () => {
    const encoded = await hashPassword("correct horse battery staple");
    expect(await verifyPassword({ hash: encoded, password: "correct horse battery staple" })).toBe(true);
    expect(await verifyPassword({ hash: encoded, password: "Correct horse battery staple" })).toBe(false);
    expect(await verifyPassword({ hash: "not-a-hash", password: "x" })).toBe(false);
  });

  it("knows the commonest passwords, case-insensitively", () => {
    for (const common of ["password", "12345678", "qwerty123", "Password1", "iloveyou"]) expect(isCommonPassword(common), common).toBe(true);
    expect(isCommonPassword("violet-ferry-42-anchor")).toBe(false);
  });
});
