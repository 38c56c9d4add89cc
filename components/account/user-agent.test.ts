import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./user-agent";

describe("describeUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", { client: { name: "Safari" }, os: "macOS" }],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0", { client: { name: "Edge" }, os: "Windows" }],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", { client: { name: "Firefox" }, os: "Linux" }],
    ["curl/8.7.1", { client: { kind: "script" }, os: null }],
    ["SomethingElse/1.0", { client: { kind: "browser" }, os: null }],
  ])("names the browser and OS of %s", (userAgent, expected) => {
    expect(describeUserAgent(userAgent)).toEqual(expected);
  });

  it("has nothing to say without a user agent", () => {
    expect(describeUserAgent(null)).toBeNull();
  });
});
