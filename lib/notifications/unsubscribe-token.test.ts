import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, unsubscribeHeaders, unsubscribeUrl, verifyUnsubscribeToken } from "./unsubscribe-token";

const claim = { userId: "usr_01jd3kq8n4abcdefghjkmnpqrs", type: "tenants.role_changed", channel: "email" } as const;

describe("unsubscribe tokens", () => {
  it("round-trips a claim and is URL-safe", () => {
    const token = signUnsubscribeToken(claim);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(verifyUnsubscribeToken(token)).toEqual(claim);
  });

  it("refuses a changed claim, a changed or truncated signature, and junk", () => {
    const [payload, signature] = signUnsubscribeToken(claim).split(".") as [string, string];
    const other = Buffer.from(JSON.stringify({ v: 1, u: "usr_someone_else", t: claim.type, c: "email" })).toString("base64url");
    for (const bad of [`${other}.${signature}`, `${payload}.${signature.slice(0, -2)}`, `${payload}.${signature}x`, `${payload}`, `${payload}.${signature}.x`, "", "a.b", "%%%.%%%"]) {
      expect(verifyUnsubscribeToken(bad), bad).toBeNull();
    }
  });

  it("builds the RFC 8058 headers around the link", () => {
    const url = unsubscribeUrl(claim);
    expect(url).toMatch(/\/notifications\/unsubscribe\?token=/);
    expect(unsubscribeHeaders(url)).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
});
