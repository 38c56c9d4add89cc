import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

const keyData = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  environment: z.enum(["live", "test"]),
  /** The key's first characters, to recognise it (never the key). */
  start: z.string(),
});

const example = { tenantId: "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R", id: "key_01JD3ZD5E6F7G8H9J0K1M2N3P4", name: "CI deploys", environment: "live" as const, start: "sk_live_7fQ2" };

/** What the api-keys module publishes (outgoing webhooks send these). Never the key or its hash. */
export const apiKeyEvents = {
  "api_key.created": defineEvent({
    description: "An API key was created.",
    schema: keyData.extend({ scopes: z.array(z.string()), createdBy: z.string().nullable() }),
    example: { ...example, scopes: ["projects:read"], createdBy: "usr_01JD3ZC9A8B7C6D5E4F3G2H1J0" },
  }),
  "api_key.rotated": defineEvent({
    description: "An API key got a new secret; the old one works until `previousKeyExpiresAt` (the overlap chosen, 0–7 days).",
    schema: keyData.extend({
      /** The replaced secret's first characters. */
      previousStart: z.string(),
      overlapSeconds: z.number().int(),
      previousKeyExpiresAt: z.iso.datetime(),
    }),
    example: { ...example, start: "sk_live_Q9zT", previousStart: "sk_live_7fQ2", overlapSeconds: 86_400, previousKeyExpiresAt: "2026-05-02T09:30:00.000Z" },
  }),
  "api_key.revoked": defineEvent({
    description: "An API key was revoked: by hand, because its creator left the tenant, or with the tenant.",
    schema: keyData.extend({ reason: z.enum(["revoked", "creator_removed", "tenant_deleted"]) }),
    example: { ...example, reason: "revoked" },
  }),
};
