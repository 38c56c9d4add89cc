import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  it("cannot close its script element or open a comment, and parses back to the same value", () => {
    const data = { "@type": "Article", headline: "</script><script>alert(1)</script> <!-- & -->" };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("serializes a list of objects", () => {
    const list = [{ "@type": "Organization" }, { "@type": "SoftwareApplication" }];
    expect(JSON.parse(serializeJsonLd(list))).toEqual(list);
  });
});
