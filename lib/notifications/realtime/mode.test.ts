import { describe, expect, it } from "vitest";
import { isPooledUrl, realtimeMode } from "./mode";

const direct = "postgres://u:p@ep-calm-1.eu-central-1.aws.neon.tech/db?sslmode=require";
const pooled = "postgres://u:p@ep-calm-1-pooler.eu-central-1.aws.neon.tech/db?sslmode=require";

describe("realtimeMode", () => {
  it("is in memory on PGlite, whatever is asked", () => {
    expect(realtimeMode({ databaseUrl: undefined, unpooled: undefined, setting: "auto" })).toEqual({ kind: "memory" });
    expect(realtimeMode({ databaseUrl: "pglite:memory", unpooled: direct, setting: "listen" })).toEqual({ kind: "memory" });
  });

  it("listens on a direct server connection, and on DATABASE_URL_UNPOOLED when the main one is pooled", () => {
    expect(realtimeMode({ databaseUrl: "postgres://postgres@127.0.0.1:5432/keel", unpooled: undefined, setting: "auto" })).toEqual({ kind: "listen", url: "postgres://postgres@127.0.0.1:5432/keel" });
    expect(realtimeMode({ databaseUrl: pooled, unpooled: direct, setting: "auto" })).toEqual({ kind: "listen", url: direct });
  });

  it("polls where LISTEN cannot work: a pooled URL without an unpooled one, or when told to", () => {
    expect(realtimeMode({ databaseUrl: pooled, unpooled: undefined, setting: "auto" })).toEqual({ kind: "poll" });
    expect(realtimeMode({ databaseUrl: "postgres://u@pgbouncer.internal:6432/db", unpooled: undefined, setting: "auto" })).toEqual({ kind: "poll" });
    expect(realtimeMode({ databaseUrl: "postgres://u@db.internal:5432/db", unpooled: undefined, setting: "poll" })).toEqual({ kind: "poll" });
    expect(realtimeMode({ databaseUrl: pooled, unpooled: undefined, setting: "listen" })).toEqual({ kind: "listen", url: pooled });
  });

  it("recognises pooled endpoints", () => {
    expect(isPooledUrl(pooled)).toBe(true);
    expect(isPooledUrl("postgres://u@h:5432/db?pgbouncer=true")).toBe(true);
    expect(isPooledUrl(direct)).toBe(false);
  });
});
