/** A key as `GET /tenants/:id/api-keys` returns it (dates as ISO strings; never the key). */
export type ApiKeySummary = {
  id: string;
  name: string;
  environment: "live" | "test";
  start: string;
  scopes: string[];
  expiresAt: string | null;
  rateLimit: { limit: number; windowSeconds: number } | null;
  createdBy: string | null;
  lastUsedAt: string | null;
  createdAt: string;
};

/** `POST` answers the key itself, once. */
export type CreatedApiKey = ApiKeySummary & { key: string };

export type NewKeyValues = { name: string; environment: "live" | "test"; scopes: string[] };
