/**
 * The contract between the request path (core) and the api-keys module (optional): the module
 * declares an authenticator in its manifest (`hooks.authenticateApiKey`); lib/app passes it to
 * route(), which calls it for `auth: "apiKey"`.
 */
export type ApiKeyPrincipal = {
  keyId: string;
  tenantId: string;
  environment: "live" | "test";
  scopes: string[];
  /** The key's creator, for audit; null once that user is gone. */
  createdBy: string | null;
  /**
   * The creator's current role in the tenant; route() refuses scopes that role no longer grants,
   * so demoting a person shrinks their keys. Null for a key the system made.
   */
  creatorRole: string | null;
  /** RateLimit-* headers from the check the authenticator made; added to the response. */
  rateLimitHeaders?: Record<string, string>;
};

/**
 * Reads `Authorization: Bearer …` or `X-API-Key`. Returns null when the request carries no key;
 * throws a DomainError (unauthorized, rate_limited) when it carries a bad or over-limit one.
 */
export type ApiKeyAuthenticator = (req: Request) => Promise<ApiKeyPrincipal | null>;
