import { describe, expect, it } from "vitest";
import { deviceKey } from "./new-device";

describe("deviceKey", () => {
  it("ignores versions, so an update is the same device, and tells browsers and systems apart", () => {
    const mac120 = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/537.36 Chrome/120.0.6099.71 Safari/537.36";
    const mac121 = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/537.36 Chrome/121.0.6167.85 Safari/537.36";
    expect(deviceKey(mac120)).toBe(deviceKey(mac121));
    expect(deviceKey(mac120)).not.toBe(deviceKey("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"));
    expect(deviceKey(null)).toBe(deviceKey(""));
  });
});
