import { describe, expect, it } from "vitest";
import { checkDownload, localDownloadUrl, signDownload } from "./download-signature";

const now = new Date("2026-11-02T10:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

/** The link's parts as the download route reads them. */
function parse(url: string) {
  const parsed = new URL(url, "http://localhost");
  const q = parsed.searchParams;
  return { key: parsed.pathname.replace(/^\/storage\//, ""), expires: Number(q.get("expires")), filename: q.get("filename") ?? undefined, signature: q.get("signature") ?? "" };
}

describe("signed download links", () => {
  const url = localDownloadUrl("privacy/exports/prq_1.zip", { expiresInSeconds: 3600, filename: "keel-export 2026-11-02.zip" }, now);

  it("builds /storage/<key>?expires=…&filename=…&signature=<hex>", () => {
    expect(url).toMatch(/^\/storage\/privacy\/exports\/prq_1\.zip\?expires=\d+&filename=keel-export\+2026-11-02\.zip&signature=[0-9a-f]{64}$/);
    expect(parse(url).expires).toBe(Math.floor(now.getTime() / 1000) + 3600);
  });

  it("round-trips: the link it built checks as valid until it expires", () => {
    expect(checkDownload(parse(url), now)).toBe("valid");
    expect(checkDownload(parse(url), later(3599))).toBe("valid");
    expect(checkDownload(parse(url), later(3600))).toBe("expired");
    const plain = localDownloadUrl("a/b.bin", { expiresInSeconds: 60 }, now);
    expect(plain).not.toContain("filename=");
    expect(checkDownload(parse(plain), now)).toBe("valid");
  });

  it("refuses a link with any part changed, as invalid rather than expired", () => {
    const link = parse(url);
    const flipped = (link.signature[0] === "0" ? "1" : "0") + link.signature.slice(1);
    const cases = {
      "another key": { ...link, key: "privacy/exports/prq_2.zip" },
      "a later expiry": { ...link, expires: link.expires + 86_400 },
      "an earlier expiry": { ...link, expires: link.expires - 1 },
      "another filename": { ...link, filename: "other.zip" },
      "no filename": { ...link, filename: undefined },
      "one signature digit": { ...link, signature: flipped },
      "a short signature": { ...link, signature: link.signature.slice(0, 32) },
      "upper-case hex": { ...link, signature: link.signature.toUpperCase() },
      "no signature": { ...link, signature: "" },
      "a non-integer expiry": { ...link, expires: Number.NaN },
    };
    for (const [label, tampered] of Object.entries(cases)) expect(checkDownload(tampered, now), label).toBe("invalid");
    // Past its expiry too: a changed link never reads as merely expired.
    expect(checkDownload({ ...link, key: "x.zip" }, later(86_400 * 30))).toBe("invalid");
  });

  it("refuses an expired link whose signature is right", () => {
    const old = parse(localDownloadUrl("x.zip", { expiresInSeconds: 1 }, later(-10)));
    expect(checkDownload(old, now)).toBe("expired");
  });

  it("covers the filename: a link with one and a link without sign differently", () => {
    expect(signDownload({ key: "x.zip", expires: 1 })).not.toBe(signDownload({ key: "x.zip", expires: 1, filename: "x.zip" }));
  });

  it("refuses to sign a bad key, filename or lifetime", () => {
    expect(() => localDownloadUrl("../x", { expiresInSeconds: 60 })).toThrow(/Invalid storage key/);
    expect(() => localDownloadUrl("x.zip", { expiresInSeconds: 60, filename: 'a"b.zip' })).toThrow(/filename/);
    expect(() => localDownloadUrl("x.zip", { expiresInSeconds: 60, filename: "a/b.zip" })).toThrow(/filename/);
    expect(() => localDownloadUrl("x.zip", { expiresInSeconds: 60, filename: "naïve.zip" })).toThrow(/filename/);
    expect(() => localDownloadUrl("x.zip", { expiresInSeconds: 0 })).toThrow(/positive/);
    expect(() => localDownloadUrl("x.zip", { expiresInSeconds: 1.5 })).toThrow(/positive/);
  });
});
