import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/ids";
import { deleteObject, getObject, putObject, signedDownloadUrl, sweepExpiredObjects } from "@/lib/storage";
import { localDownloadUrl } from "@/lib/storage/download-signature";
import { databaseStorage } from "@/lib/storage/providers/database";
import { filesystemStorage } from "@/lib/storage/providers/filesystem";
import { s3Storage } from "@/lib/storage/providers/s3";
import { call } from "./client";

const hour = 3_600_000;
/** A key no other test file (or run, on a shared Postgres) uses. */
const uniqueKey = (name: string) => `tests/storage/${newId("request").slice(4)}/${name}`;
const bytes = (text: string) => new TextEncoder().encode(text);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "keel-storage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env.STORAGE_PROVIDER;
  delete process.env.STORAGE_DIR;
});

describe.each([
  ["database", () => databaseStorage],
  ["filesystem", () => filesystemStorage(dir)],
])("the %s adapter", (_, adapter) => {
  it("stores, reads, replaces and deletes an object", async () => {
    const key = uniqueKey("report.csv");
    await adapter().put({ key, body: Buffer.from("a,b\n1,2\n"), contentType: "text/csv", expiresAt: null });
    expect(await adapter().get(key)).toEqual({ body: Buffer.from("a,b\n1,2\n"), contentType: "text/csv", size: 8 });
    await adapter().put({ key, body: Buffer.from([0, 255, 1]), contentType: "application/octet-stream", expiresAt: new Date(Date.now() + hour) });
    expect(await adapter().get(key)).toEqual({ body: Buffer.from([0, 255, 1]), contentType: "application/octet-stream", size: 3 });
    await adapter().delete(key);
    expect(await adapter().get(key)).toBeNull();
    // Deleting what is gone is fine: the sweep and a caller may race.
    await adapter().delete(key);
  });

  it("reads an object past its expiry as missing, before any sweep", async () => {
    const key = uniqueKey("old.bin");
    await adapter().put({ key, body: Buffer.from("x"), contentType: "application/octet-stream", expiresAt: new Date(Date.now() - 1000) });
    expect(await adapter().get(key)).toBeNull();
    await adapter().delete(key);
  });
});

describe("the filesystem adapter on disk", () => {
  it("writes the file under the folder, and removes it on delete", async () => {
    const key = uniqueKey("nested/deeper/file.txt");
    await filesystemStorage(dir).put({ key, body: Buffer.from("on disk"), contentType: "text/plain", expiresAt: null });
    expect(await readFile(join(dir, key), "utf8")).toBe("on disk");
    await filesystemStorage(dir).delete(key);
    expect(existsSync(join(dir, key))).toBe(false);
  });

  it("answers null when the file went missing under its row", async () => {
    const key = uniqueKey("vanished.txt");
    await filesystemStorage(dir).put({ key, body: Buffer.from("x"), contentType: "text/plain", expiresAt: null });
    await rm(join(dir, key));
    expect(await filesystemStorage(dir).get(key)).toBeNull();
    await filesystemStorage(dir).delete(key);
  });
});

describe("the storage face", () => {
  it("refuses keys that could escape or be ambiguous, unsafe content types and filenames, before any provider sees them", async () => {
    for (const key of ["../x", "/abs", "a//b", "a/./b", "a b"]) {
      await expect(putObject({ key, body: bytes("x"), contentType: "text/plain" }), key).rejects.toThrow(/Invalid storage key/);
      await expect(getObject(key), key).rejects.toThrow(/Invalid storage key/);
    }
    await expect(signedDownloadUrl("x.zip", { expiresInSeconds: 60, filename: 'a"b.zip' })).rejects.toThrow(/filename/);
    await expect(signedDownloadUrl("x.zip", { expiresInSeconds: 0 })).rejects.toThrow(/positive/);
    // The content type becomes a header of every download.
    await expect(putObject({ key: uniqueKey("x.txt"), body: bytes("x"), contentType: "text/plain\r\nx-evil: 1" })).rejects.toThrow(/Invalid content type/);
  });

  it("takes a Uint8Array view without copying the wrong bytes", async () => {
    const key = uniqueKey("view.bin");
    const backing = bytes("..hello..");
    await putObject({ key, body: backing.subarray(2, 7), contentType: "text/plain" });
    expect((await getObject(key))?.body.toString()).toBe("hello");
    await deleteObject(key);
  });
});

describe.each(["database", "filesystem"] as const)("GET /storage/[...key] on %s", (provider) => {
  const key = uniqueKey(`${provider}/export.zip`);
  const content = bytes(`PK fake zip for ${provider}`);
  const use = () => {
    process.env.STORAGE_PROVIDER = provider;
    process.env.STORAGE_DIR = dir;
  };

  it("serves the bytes through a signed link, as an uncached attachment", async () => {
    use();
    await putObject({ key, body: content, contentType: "application/zip", expiresAt: new Date(Date.now() + hour) });
    const url = await signedDownloadUrl(key, { expiresInSeconds: 600, filename: "keel-export-2026-11-02.zip" });
    expect(url).toMatch(/^\/storage\/tests\/storage\/.+\?expires=\d+&filename=.+&signature=[0-9a-f]{64}$/);
    const res = await call("GET", url);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(content);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-length")).toBe(String(content.byteLength));
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="keel-export-2026-11-02.zip"');
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("names the file after the key when the link gives no filename", async () => {
    use();
    const res = await call("GET", await signedDownloadUrl(key, { expiresInSeconds: 600 }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="export.zip"');
  });

  it("answers 403 in the envelope for a tampered, incomplete or expired link", async () => {
    use();
    const url = new URL(await signedDownloadUrl(key, { expiresInSeconds: 600, filename: "a.zip" }), "http://localhost");
    const edit = (change: (u: URL) => void) => {
      const copy = new URL(url);
      change(copy);
      return copy.pathname + copy.search;
    };
    const signature = url.searchParams.get("signature")!;
    const cases: [string, string, string][] = [
      ["another key", edit((u) => (u.pathname = u.pathname.replace("export.zip", "other.zip"))), "link_invalid"],
      ["a later expiry", edit((u) => u.searchParams.set("expires", String(Number(u.searchParams.get("expires")) + 3600))), "link_invalid"],
      ["another filename", edit((u) => u.searchParams.set("filename", "b.zip")), "link_invalid"],
      ["a changed signature", edit((u) => u.searchParams.set("signature", (signature[0] === "a" ? "b" : "a") + signature.slice(1))), "link_invalid"],
      ["no signature", edit((u) => u.searchParams.delete("signature")), "link_invalid"],
      ["no expiry", edit((u) => u.searchParams.delete("expires")), "link_invalid"],
      ["no query at all", url.pathname, "link_invalid"],
      ["an expired link", localDownloadUrl(key, { expiresInSeconds: 60 }, new Date(Date.now() - hour)), "link_expired"],
    ];
    for (const [label, path, code] of cases) {
      const res = await call("GET", path);
      expect(res.status, label).toBe(403);
      expect((await res.json()).error, label).toMatchObject({ code, requestId: expect.stringMatching(/^req_/) });
    }
  });

  it("answers 404 once the object is deleted, to a link that is still valid", async () => {
    use();
    const url = await signedDownloadUrl(key, { expiresInSeconds: 600 });
    await deleteObject(key);
    const res = await call("GET", url);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});

describe("sweepExpiredObjects", () => {
  it.each(["database", "filesystem"] as const)("deletes only the expired objects (%s)", async (provider) => {
    process.env.STORAGE_PROVIDER = provider;
    process.env.STORAGE_DIR = dir;
    const now = new Date();
    const expired = [uniqueKey("expired-1.bin"), uniqueKey("expired-2.bin")];
    const kept = { future: uniqueKey("future.bin"), never: uniqueKey("never.bin") };
    for (const key of expired) await putObject({ key, body: bytes(key), contentType: "text/plain", expiresAt: new Date(now.getTime() - 1000) });
    await putObject({ key: kept.future, body: bytes("later"), contentType: "text/plain", expiresAt: new Date(now.getTime() + hour) });
    await putObject({ key: kept.never, body: bytes("keep"), contentType: "text/plain" });

    // Other files' expired objects may go in the same sweep on a shared database: at least ours.
    expect(await sweepExpiredObjects(now)).toBeGreaterThanOrEqual(expired.length);
    if (provider === "filesystem") for (const key of expired) expect(existsSync(join(dir, key)), key).toBe(false);
    // Gone from the table too: even reading with a past clock finds nothing (the row is the object).
    for (const key of expired) expect(await databaseStorage.get(key)).toBeNull();
    expect((await getObject(kept.future))?.body.toString()).toBe("later");
    expect((await getObject(kept.never))?.body.toString()).toBe("keep");
    // Nothing is left to sweep at that moment, and the future object goes once its time comes.
    expect(await sweepExpiredObjects(now)).toBe(0);
    await sweepExpiredObjects(new Date(now.getTime() + 2 * hour));
    expect(await getObject(kept.future)).toBeNull();
    expect((await getObject(kept.never))?.body.toString()).toBe("keep");
    await deleteObject(kept.never);
  });
});

describe("the s3 adapter's download links", () => {
  const adapter = s3Storage({
    bucket: "keel-exports",
    region: "auto",
    endpoint: "https://example-account.r2.cloudflarestorage.com",
    accessKeyId: "AKIAKEELTEST",
    secretAccessKey: "keel-test-secret",
    forcePathStyle: true,
  });

  it("presigns a GET for the bucket and key, offline, with the expiry and the filename", async () => {
    const url = new URL(await adapter.signedUrl("privacy/exports/prq_1.zip", { expiresInSeconds: 600, filename: "keel-export.zip" }));
    expect(url.origin).toBe("https://example-account.r2.cloudflarestorage.com");
    expect(url.pathname).toBe("/keel-exports/privacy/exports/prq_1.zip");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("600");
    expect(url.searchParams.get("X-Amz-Credential")).toMatch(/^AKIAKEELTEST\//);
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get("response-content-disposition")).toBe('attachment; filename="keel-export.zip"');
  });

  it("hands out the app's own signed link past SigV4's 7-day limit", async () => {
    const url = await adapter.signedUrl("privacy/exports/prq_1.zip", { expiresInSeconds: 8 * 86_400 });
    expect(url).toMatch(/^\/storage\/privacy\/exports\/prq_1\.zip\?expires=\d+&signature=[0-9a-f]{64}$/);
  });
});
