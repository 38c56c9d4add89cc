/**
 * The api-keys module: tenant API keys (`sk_live_…`, `sk_test_…`), their management, and the
 * verifier route() uses for `auth: "apiKey"`. Register it in lib/modules.ts:
 * `{ id: "api-keys", core: false, authenticateApiKey }`.
 */
export { authenticateApiKey, checkKey, acceptKey, type KeyCheck, type KeyRefusal, type VerifiedKey } from "./verify";
export { verifyApiKey, type VerifyApiKeyOptions, type VerifiedApiCall } from "./require";
export { createApiKey, listApiKeys, revokeApiKey, updateApiKey } from "./manage";
export { createApiKeyInput, updateApiKeyInput, verifyKeyInput, rateLimitRule, scopeList, type CreateApiKeyInput, type UpdateApiKeyInput } from "./schemas";
export { defaultKeyPerMinute, tenantPerMinute, type KeyRateLimit } from "./limits";
export { generateKey, parseKey, hashKey, keyStart, type KeyEnvironment } from "./token";
export { scopesBeyondRole } from "./grantable";
export { settleLastUsedWrites } from "./lookup";
export { clearKeyCache, ttlMs as keyCacheTtlMs } from "./cache";
