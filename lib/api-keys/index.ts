/**
 * The api-keys module: tenant API keys (`sk_live_…`, `sk_test_…`), their management, and the
 * verifier route() uses for `auth: "apiKey"` (its manifest, module.ts, contributes it).
 */
export { authenticateApiKey, checkKey, acceptKey, type KeyCheck, type KeyRefusal, type VerifiedKey } from "./verify";
export { verifyApiKey, type VerifyApiKeyOptions, type VerifiedApiCall } from "./require";
export { createApiKey, listApiKeys, revokeApiKey, updateApiKey, type ScopePolicy } from "./manage";
export { rotateApiKey } from "./rotate";
export { sendExpiryReminders, expiryRemindersJob } from "./expiry-reminders";
export { createApiKeyInput, updateApiKeyInput, rotateApiKeyInput, listApiKeysQuery, maxOverlapSeconds, verifyKeyInput, rateLimitRule, scopeList, type CreateApiKeyInput, type UpdateApiKeyInput } from "./schemas";
export { defaultKeyPerMinute, tenantPerMinute, type KeyRateLimit } from "./limits";
export { generateKey, parseKey, hashKey, keyStart, type KeyEnvironment } from "./token";
export { settleLastUsedWrites } from "./lookup";
export { clearKeyCache, ttlMs as keyCacheTtlMs } from "./cache";
