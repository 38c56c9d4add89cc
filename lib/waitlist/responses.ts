import { z } from "zod";
import { timestamp } from "@/lib/http/response";

export const joinInput = z.object({
  email: z.email().max(254),
  ref: z.string().trim().max(32).optional().describe("The referral code of the person whose link brought you (`?ref=`)."),
});
export const joinResponse = z.object({ position: z.number().int().describe("Your place in line (1 is next).") });

export const positionQuery = z.object({ token: z.string().min(10).max(200) });
export const positionResponse = z.object({ position: z.number().int().describe("0 once invited."), referrals: z.number().int().describe("People who joined through your link and confirmed their address.") });

export const adminListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).default(0) });
export const adminListResponse = z.object({
  waiting: z.array(z.object({ id: z.string(), email: z.string(), position: z.number().int(), referrals: z.number().int(), verified: z.boolean(), joinedAt: timestamp })),
  invited: z.array(z.object({ id: z.string(), email: z.string(), invitedAt: timestamp.nullable(), signedUpAt: timestamp.nullable(), joinedAt: timestamp })),
  totals: z.object({ waiting: z.number().int(), invited: z.number().int() }),
});

export const inviteInput = z
  .object({
    count: z.number().int().min(1).max(1000).optional().describe("Invite this many verified people from the front of the line."),
    ids: z.array(z.string().max(64)).min(1).max(1000).optional().describe("Or invite these entries."),
  })
  .refine((v) => (v.count === undefined) !== (v.ids === undefined), { message: "Give either count or ids.", path: ["count"] });
export const inviteResponse = z.object({ invited: z.number().int() });
