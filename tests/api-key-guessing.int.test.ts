import { describe, expect, it } from "vitest";
import { guessLimit } from "@/lib/api-keys/verify-endpoint";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

// The address counted is the entry our one trusted proxy appended, the rightmost (TRUSTED_PROXY_HOPS=1),
// so that is the one drawn fresh from 131,072 (198.18.0.0/15) per call. With REDIS_URL set the guess
// counters live in a Redis that other files, workers and earlier runs share: an address drawn from
// 254, as the rightmost entry once was, arrived already counted in one CI run in about 250.
const octet = () => Math.floor(Math.random() * 254) + 1;
const address = () => `10.0.0.${octet()}, 198.${18 + Math.floor(Math.random() * 2)}.${octet()}.${octet()}`;

describe("POST /v1/keys/verify against guessing", () => {
  it("answers 429 to an address sending too many unknown keys, and still verifies real keys for it", async () => {
    const { tenant, people } = await createTeam("guess");
    const created = await callJson<{ key: string }>("POST", `/tenants/${tenant.id}/api-keys`, { cookie: await signIn(people.owner), body: { name: "real", environment: "test", scopes: [] } });
    const from = { "x-forwarded-for": address() };
    const unknownKey = (i: number) => `sk_test_${"A".repeat(30)}${String(i).padStart(4, "0")}`;
    for (let i = 0; i < guessLimit.limit; i++) {
      const answer = await callJson<{ valid: boolean }>("POST", "/v1/keys/verify", { headers: from, body: { key: unknownKey(i) } });
      expect(answer.status).toBe(200);
      expect(answer.body.valid).toBe(false);
    }
    const refused = await callJson<{ error: { code: string } }>("POST", "/v1/keys/verify", { headers: from, body: { key: unknownKey(9999) } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
    // Real keys are never throttled by this: a service verifying its users' keys is not guessing.
    const real = await callJson<{ valid: boolean }>("POST", "/v1/keys/verify", { headers: from, body: { key: created.body.key } });
    expect(real.body.valid).toBe(true);
    // Another address is unaffected.
    const other = await callJson("POST", "/v1/keys/verify", { headers: { "x-forwarded-for": address() }, body: { key: unknownKey(1) } });
    expect(other.status).toBe(200);
  });
});
