import { z } from "zod";
import { creditPacks, purchasablePlans } from "./plans";
import { cancelReasons } from "./providers/types";

export const planChoice = z.object({ plan: z.enum(purchasablePlans), interval: z.enum(["month", "year"]) });
export const packChoice = z.object({ pack: z.enum(Object.keys(creditPacks) as ["small", "medium", "large"]) });
export const cancelInput = z
  .object({
    reason: z.enum(cancelReasons),
    comment: z.string().trim().max(2000).optional(),
    /** false cancels now; the default keeps the plan until the period ends. */
    atPeriodEnd: z.boolean().default(true),
  })
  .refine((v) => v.reason !== "other" || (v.comment?.length ?? 0) > 0, { message: "Tell us why in a few words.", path: ["comment"] });
