import { Redis } from "@upstash/redis";
import type { RateLimitStore } from "../types";
import { createSlidingWindowStore } from "./sliding-window";

export type UpstashStoreOptions = {
  /** UPSTASH_REDIS_REST_URL */
  url: string;
  /** UPSTASH_REDIS_REST_TOKEN */
  token: string;
};

/** A store on Upstash Redis over HTTP: no connection to hold, so it suits serverless hosts. */
export function createUpstashStore({ url, token }: UpstashStoreOptions): RateLimitStore {
  const redis = new Redis({
    url,
    token,
    // The client retries 5 times with backoff by default; one quick retry keeps a request's
    // worst case short, and the limiter's failure mode decides what an outage means.
    retry: { retries: 1, backoff: () => 50 },
    enableTelemetry: false,
  });
  return createSlidingWindowStore(redis, async () => {});
}
