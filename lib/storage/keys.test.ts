import { afterEach, describe, expect, it, vi } from "vitest";
import { storageKeys } from "./keys";

const names = ["STORAGE_PROVIDER", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));

function withEnv(values: Partial<Record<(typeof names)[number], string>>) {
  for (const name of names) delete process.env[name];
  Object.assign(process.env, values);
  return storageKeys();
}

afterEach(() => {
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("storage env keys", () => {
  it("defaults to the database, and to s3 once a bucket is set", () => {
    expect(withEnv({}).STORAGE_PROVIDER).toBe("database");
    const s3 = withEnv({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_FORCE_PATH_STYLE: "true" });
    expect(s3).toMatchObject({ STORAGE_PROVIDER: "s3", S3_REGION: "auto", S3_FORCE_PATH_STYLE: true, STORAGE_DIR: ".data/storage" });
    expect(withEnv({ S3_BUCKET: "b", STORAGE_PROVIDER: "filesystem" }).STORAGE_PROVIDER).toBe("filesystem");
  });

  it("refuses s3 without its bucket and keys, at parse (boot) time", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => withEnv({ S3_BUCKET: "b" })).toThrow(/Invalid environment variables/);
    expect(() => withEnv({ STORAGE_PROVIDER: "s3", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret" })).toThrow(/Invalid environment variables/);
    expect(JSON.stringify(log.mock.calls)).toContain("S3_BUCKET");
    log.mockRestore();
  });
});
